package fi.ptvintegration.pat.geo;

import java.util.Locale;

/**
 * Geodetic coordinates (latitude, longitude in degrees) to ETRS-TM35FIN plane coordinates
 * (EPSG:3067, metres) and back: the transverse Mercator projection of the GRS80 ellipsoid with
 * central meridian 27°E, scale factor 0.9996 on it and false easting 500,000 m, computed with
 * Krüger's series in the third flattening n to the fourth power, as JHS 197 (formerly JHS 154)
 * gives them. Within Finland the series are exact to well under a millimetre.
 *
 * <p>PTV keeps coordinates in ETRS-TM35FIN, and PTV API v12 bounds them to Finland
 * ({@code CoordinateRequest}: easting {@value #MIN_EASTING}..{@value #MAX_EASTING}, northing
 * {@value #MIN_NORTHING}..{@value #MAX_NORTHING}); {@link #toTm35Fin} refuses a point outside.
 *
 * <p>WGS84 degrees, as Drupal's geofield and GPS devices give them, are taken as ETRS89 (EUREF-FIN):
 * the two frames drift apart by about 2.5 cm a year and differed by well under a metre in Finland in
 * the 2020s, far less than where an address's point is put. Pure and thread-safe.
 */
public final class EtrsTm35Fin {

    /** Smallest easting PTV takes (v12 {@code CoordinateRequest}), metres. */
    public static final double MIN_EASTING = 43_500;
    /** Largest easting PTV takes, metres. */
    public static final double MAX_EASTING = 765_000;
    /** Smallest northing PTV takes, metres. */
    public static final double MIN_NORTHING = 6_522_000;
    /** Largest northing PTV takes, metres. */
    public static final double MAX_NORTHING = 7_796_000;

    /** A point in ETRS-TM35FIN, metres. */
    public record Point(double easting, double northing) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "E %.3f N %.3f (EPSG:3067)", easting, northing);
        }
    }

    /** A point in geodetic coordinates, degrees (ETRS89, taken as WGS84). */
    public record LatLon(double latitude, double longitude) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "lat %.8f lon %.8f", latitude, longitude);
        }
    }

    // GRS80
    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257222101;
    // ETRS-TM35FIN
    private static final double K0 = 0.9996;
    private static final double LAMBDA0 = Math.toRadians(27);
    private static final double E0 = 500_000.0;

    private static final double E = Math.sqrt(F * (2 - F));
    private static final double N = F / (2 - F);
    /** Radius of the rectifying sphere. */
    private static final double A1 = A / (1 + N) * (1 + N * N / 4 + Math.pow(N, 4) / 64);
    /** Krüger's coefficients, geodetic to plane. */
    private static final double[] H_FORWARD = {
        N / 2 - 2 * N * N / 3 + 5 * Math.pow(N, 3) / 16 + 41 * Math.pow(N, 4) / 180,
        13 * N * N / 48 - 3 * Math.pow(N, 3) / 5 + 557 * Math.pow(N, 4) / 1440,
        61 * Math.pow(N, 3) / 240 - 103 * Math.pow(N, 4) / 140,
        49561 * Math.pow(N, 4) / 161280,
    };
    /** Krüger's coefficients, plane to geodetic. */
    private static final double[] H_INVERSE = {
        N / 2 - 2 * N * N / 3 + 37 * Math.pow(N, 3) / 96 - Math.pow(N, 4) / 360,
        N * N / 48 + Math.pow(N, 3) / 15 - 437 * Math.pow(N, 4) / 1440,
        17 * Math.pow(N, 3) / 480 - 37 * Math.pow(N, 4) / 840,
        4397 * Math.pow(N, 4) / 161280,
    };

    private EtrsTm35Fin() {}

    /**
     * The ETRS-TM35FIN point of a WGS84 position in Finland.
     *
     * @throws IllegalArgumentException when latitude or longitude is not a number in range, or the
     *     point falls outside Finland's ETRS-TM35FIN bounds; the message says which and where
     */
    public static Point toTm35Fin(double latitude, double longitude) {
        Point point = project(latitude, longitude);
        if (!inBounds(point.easting(), point.northing())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "latitude %s, longitude %s is at %s, outside Finland's ETRS-TM35FIN bounds "
                            + "(easting %.0f..%.0f, northing %.0f..%.0f): PTV takes only points in Finland",
                    latitude, longitude, point, MIN_EASTING, MAX_EASTING, MIN_NORTHING, MAX_NORTHING));
        }
        return point;
    }

    /**
     * The transverse Mercator projection of any position, without the check for Finland's bounds
     * (far from 27°E the result loses accuracy and means little).
     *
     * @throws IllegalArgumentException when latitude is not in -90..90 or longitude not in -180..180
     */
    public static Point project(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude " + latitude + " is not between -90 and 90 degrees");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude " + longitude + " is not between -180 and 180 degrees");
        }
        double phi = Math.toRadians(latitude);
        double l = Math.toRadians(longitude) - LAMBDA0;
        // Isometric latitude of the ellipsoid, then the conformal latitude on the sphere.
        double q = asinh(Math.tan(phi)) - E * atanh(E * Math.sin(phi));
        double beta = Math.atan(Math.sinh(q));
        double etaPrime = atanh(Math.cos(beta) * Math.sin(l));
        double xiPrime = Math.asin(Math.sin(beta) * Math.cosh(etaPrime));
        double xi = xiPrime;
        double eta = etaPrime;
        for (int j = 1; j <= 4; j++) {
            xi += H_FORWARD[j - 1] * Math.sin(2 * j * xiPrime) * Math.cosh(2 * j * etaPrime);
            eta += H_FORWARD[j - 1] * Math.cos(2 * j * xiPrime) * Math.sinh(2 * j * etaPrime);
        }
        return new Point(A1 * eta * K0 + E0, A1 * xi * K0);
    }

    /**
     * The WGS84 (ETRS89) position of an ETRS-TM35FIN point.
     *
     * @throws IllegalArgumentException when easting or northing is not a finite number
     */
    public static LatLon toWgs84(double easting, double northing) {
        if (!Double.isFinite(easting) || !Double.isFinite(northing)) {
            throw new IllegalArgumentException("easting " + easting + " and northing " + northing + " must be numbers");
        }
        double xi = northing / (A1 * K0);
        double eta = (easting - E0) / (A1 * K0);
        double xiPrime = xi;
        double etaPrime = eta;
        for (int j = 1; j <= 4; j++) {
            xiPrime -= H_INVERSE[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
            etaPrime -= H_INVERSE[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
        }
        double beta = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
        double l = Math.asin(Math.tanh(etaPrime) / Math.cos(beta));
        double q = asinh(Math.tan(beta));
        // The isometric latitude of the ellipsoid by fixed-point iteration; converges in a few steps.
        double qPrime = q + E * atanh(E * Math.tanh(q));
        for (int i = 0; i < 10; i++) {
            double next = q + E * atanh(E * Math.tanh(qPrime));
            if (Math.abs(next - qPrime) < 1e-15) {
                qPrime = next;
                break;
            }
            qPrime = next;
        }
        return new LatLon(Math.toDegrees(Math.atan(Math.sinh(qPrime))), Math.toDegrees(LAMBDA0 + l));
    }

    /** Whether the point lies within the ETRS-TM35FIN bounds PTV takes (inclusive). */
    public static boolean inBounds(double easting, double northing) {
        return easting >= MIN_EASTING && easting <= MAX_EASTING && northing >= MIN_NORTHING && northing <= MAX_NORTHING;
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
