package fi.ptvintegration.pat.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The projection against known point pairs, to the millimetre (the requirement is a centimetre).
 *
 * <p>Point G4 (Geta) is the worked example of JHS 197 "EUREF-FIN-koordinaattijärjestelmät", annex 3
 * ("Projektiolaskujen esimerkit", section 1, ETRS-TM35FIN), the recommendation that replaced JHS 154.
 * The other points span Finland's corners and were computed independently of this class with PROJ
 * 9.1.1 ({@code cs2cs EPSG:4258 EPSG:3067}, Poder/Engsager's transverse Mercator), which also gives
 * G4 within 0.01 mm of JHS 197's published figures.
 */
class EtrsTm35FinTest {

    private static final double MILLIMETRE = 0.001;
    /** About 0.1 mm of latitude or longitude at Finland's latitudes. */
    private static final double DEGREE_TENTH_MM = 1e-9;

    @ParameterizedTest(name = "{4}")
    @CsvSource({
        "60.3851068722, 19.84813676944, 106256.35961, 6715706.37708, G4 Geta (JHS 197 annex 3)",
        "60.1699,       24.9525,        386393.4919,  6672094.0382,  Helsinki Senate Square (PROJ)",
        "70.0922,       27.8967,        534075.8502,  7776405.8149,  Nuorgam northernmost (PROJ)",
        "59.8106,       22.9020,        270214.7171,  6637425.9923,  Hanko Russarö southernmost (PROJ)",
        "62.9097,       31.5869,        732909.7806,  6983834.7504,  Virmajärvi easternmost (PROJ)",
        "69.0589,       20.5489,        243088.8505,  7674455.5986,  Kilpisjärvi north-west (PROJ)",
        "63.0960,       21.6158,        228408.9761,  7007676.9635,  Vaasa (PROJ)",
        "61.6886,       27.2723,        514407.6593,  6839520.8097,  Mikkeli (PROJ)",
    })
    void givenAKnownPointWhenProjectedThenEastingAndNorthingMatchToTheMillimetre(
            double latitude, double longitude, double easting, double northing, String name) {
        EtrsTm35Fin.Point point = EtrsTm35Fin.toTm35Fin(latitude, longitude);

        assertThat(point.easting()).as("easting of %s", name).isCloseTo(easting, within(MILLIMETRE));
        assertThat(point.northing()).as("northing of %s", name).isCloseTo(northing, within(MILLIMETRE));
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource({
        "60.3851068722, 19.84813676944, 106256.35961, 6715706.37708, G4 Geta (JHS 197 annex 3)",
        "61.6454670198, 27.0732104707,  503879.049,   6834688.027,   Otavia in PTV's read model (PROJ for the degrees)",
        "70.0922,       27.8967,        534075.8502,  7776405.8149,  Nuorgam (PROJ)",
        "62.9097,       31.5869,        732909.7806,  6983834.7504,  Virmajärvi (PROJ)",
    })
    void givenAKnownPlanePointWhenConvertedBackThenLatitudeAndLongitudeMatch(
            double latitude, double longitude, double easting, double northing, String name) {
        EtrsTm35Fin.LatLon position = EtrsTm35Fin.toWgs84(easting, northing);

        assertThat(position.latitude()).as("latitude of %s", name).isCloseTo(latitude, within(DEGREE_TENTH_MM));
        assertThat(position.longitude()).as("longitude of %s", name).isCloseTo(longitude, within(DEGREE_TENTH_MM));
    }

    @Test
    void givenAGridOverFinlandWhenProjectedAndConvertedBackThenThePositionReturnsWithinATenthOfAMillimetre() {
        for (double latitude = 59.5; latitude <= 70.1; latitude += 0.35) {
            for (double longitude = 19.5; longitude <= 31.6; longitude += 0.4) {
                EtrsTm35Fin.Point point = EtrsTm35Fin.project(latitude, longitude);
                EtrsTm35Fin.LatLon back = EtrsTm35Fin.toWgs84(point.easting(), point.northing());
                EtrsTm35Fin.Point again = EtrsTm35Fin.project(back.latitude(), back.longitude());

                assertThat(back.latitude()).as("latitude at %s %s", latitude, longitude).isCloseTo(latitude, within(DEGREE_TENTH_MM));
                assertThat(back.longitude()).as("longitude at %s %s", latitude, longitude).isCloseTo(longitude, within(DEGREE_TENTH_MM));
                assertThat(again.easting()).isCloseTo(point.easting(), within(0.0001));
                assertThat(again.northing()).isCloseTo(point.northing(), within(0.0001));
            }
        }
    }

    @Test
    void givenThePointOnTheCentralMeridianWhenProjectedThenEastingIsTheFalseEasting() {
        assertThat(EtrsTm35Fin.project(65, 27).easting()).isCloseTo(500_000, within(1e-6));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource({
        "59.3293, 18.0686, Stockholm (easting -7229)",
        "56.9496, 24.1052, Riga (northing 6315505)",
        "48.8566, 2.3522,  Paris",
        "24.9525, 60.1699, Helsinki with latitude and longitude swapped",
    })
    void givenAPointOutsideFinlandWhenConvertedThenItIsRefusedNamingTheBounds(double latitude, double longitude, String name) {
        assertThatThrownBy(() -> EtrsTm35Fin.toTm35Fin(latitude, longitude))
                .as(name)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside Finland's ETRS-TM35FIN bounds")
                .hasMessageContaining("easting 43500..765000, northing 6522000..7796000")
                .hasMessageContaining("latitude " + latitude);
    }

    @Test
    void givenTheBoundsWhenCheckedThenTheyAreInclusive() {
        assertThat(EtrsTm35Fin.inBounds(43_500, 6_522_000)).isTrue();
        assertThat(EtrsTm35Fin.inBounds(765_000, 7_796_000)).isTrue();
        assertThat(EtrsTm35Fin.inBounds(43_499.99, 7_000_000)).isFalse();
        assertThat(EtrsTm35Fin.inBounds(400_000, 7_796_000.01)).isFalse();
    }

    @Test
    void givenNonsenseDegreesWhenProjectedThenTheyAreRefused() {
        assertThatThrownBy(() -> EtrsTm35Fin.project(91, 25)).hasMessageContaining("latitude 91.0");
        assertThatThrownBy(() -> EtrsTm35Fin.project(60, Double.NaN)).hasMessageContaining("longitude NaN");
        assertThatThrownBy(() -> EtrsTm35Fin.toWgs84(Double.POSITIVE_INFINITY, 7e6)).hasMessageContaining("must be numbers");
    }
}
