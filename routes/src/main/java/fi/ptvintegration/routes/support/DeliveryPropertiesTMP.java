package fi.ptvintegration.routes.support;

/** Exchange properties of a delivery attempt. */
public final class DeliveryPropertiesTMP {

    /** The claimed {@link fi.ptvintegration.routes.store.Delivery} being attempted. */
    public static final String DELIVERY = "ptvDelivery";
    /** True when the push call itself makes the first attempt (Drupal waits for the answer). */
    public static final String CLAIMED = "ptvDeliveryClaimed";

    private DeliveryPropertiesTMP() {}
}
