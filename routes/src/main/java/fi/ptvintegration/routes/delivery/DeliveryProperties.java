package fi.ptvintegration.routes.delivery;

/** Exchange properties of a delivery attempt. */
public final class DeliveryProperties {

    /** The claimed {@link fi.ptvintegration.routes.store.Delivery} being attempted. */
    public static final String DELIVERY = "ptvDelivery";
    /** True when the push call itself makes the first attempt (Drupal waits for the answer). */
    public static final String CLAIMED = "ptvDeliveryClaimed";

    private DeliveryProperties() {}
}
