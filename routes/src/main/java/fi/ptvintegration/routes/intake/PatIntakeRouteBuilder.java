package fi.ptvintegration.routes.intake;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallStartProcessor;
import fi.ptvintegration.routes.http.CallSteps;
import fi.ptvintegration.routes.http.RefusalHandling;
import fi.ptvintegration.routes.http.UnmatchedCallMapper;
import fi.ptvintegration.routes.http.TenantCheckProcessor;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.util.EnumSet;
import java.util.Set;
import org.apache.camel.builder.RouteBuilder;

/**
 * PAT intake from Drupal: {@code /cxf/yleiset/{put,update}} for organisations, services and
 * channels, {@code /cxf/palvelukanava/{put,update}Palvelutarjous} for service offerings. Each
 * call is authenticated, read, validated against PTV's rules, checked against the caller's tenant,
 * its classifications checked against PTV's code lists (whose warnings go with the answer), stored,
 * logged and answered with
 * JSON; every refusal is answered and logged by the one error handler ({@link RefusalHandling}).
 * {@code /cxf/yleiset/remove} and {@code /cxf/palvelukanava/removePalvelutarjous} say a record
 * is gone: it is read, checked against the caller's tenant, and marked removed, its history kept;
 * its PTV item is archived by the daily sync.
 */
public class PatIntakeRouteBuilder extends RouteBuilder {

    public static final String YLEISET_ROUTE_ID = "yleiset-intake";
    public static final String PALVELUKANAVA_ROUTE_ID = "palvelukanava-intake";
    public static final String YLEISET_URI = "cxfrs:/yleiset?resourceClasses=" + YleisetResource.class.getName()
            + "&bindingStyle=SimpleConsumer" + UnmatchedCallMapper.PROVIDER;
    public static final String PALVELUKANAVA_URI = "cxfrs:/palvelukanava?resourceClasses="
            + PalvelukanavaResource.class.getName() + "&bindingStyle=SimpleConsumer" + UnmatchedCallMapper.PROVIDER;

    static final Set<RecordKind> YLEISET_KINDS = EnumSet.complementOf(EnumSet.of(RecordKind.OFFERING));

    private final CallSteps call;
    private final Authenticator writers;
    private final int maxBodyBytes;
    private final PatRecordValidationProcessor validate;
    private final TenantCheckProcessor tenantCheck;
    private final CodeListValidationProcessor codeLists;
    private final PatRecordStoreProcessor store;
    private final RemovalTargetLoader removalTarget;
    private final RecordRemovalProcessor remove;

    public PatIntakeRouteBuilder(CallSteps call, Authenticator writers, int maxBodyBytes, PatRecordValidationProcessor validate,
            TenantCheckProcessor tenantCheck, CodeListValidationProcessor codeLists, PatRecordStoreProcessor store,
            RemovalTargetLoader removalTarget, RecordRemovalProcessor remove) {
        this.call = call;
        this.writers = writers;
        this.maxBodyBytes = maxBodyBytes;
        this.validate = validate;
        this.tenantCheck = tenantCheck;
        this.codeLists = codeLists;
        this.store = store;
        this.removalTarget = removalTarget;
        this.remove = remove;
    }

    @Override
    public void configure() {
        RefusalHandling.declare(this, call);

        from(YLEISET_URI)
                .routeId(YLEISET_ROUTE_ID)
                .process(new CallStartProcessor("Intake", "/cxf/yleiset")).id("yleiset-start")
                .process(writers).id("yleiset-authenticate")
                .choice().id("yleiset-store-or-remove")
                    .when(header(ExchangeKeys.MODE).isEqualTo(IntakeMode.REMOVE_PATH))
                        .process(new RemovalReader(maxBodyBytes, YLEISET_KINDS, null)).id("yleiset-read-removal")
                        .process(removalTarget).id("yleiset-removal-target")
                        .process(tenantCheck).id("yleiset-removal-tenant")
                        .process(remove).id("yleiset-remove")
                    .otherwise()
                        .process(new PatRecordReader(maxBodyBytes, YLEISET_KINDS, null,
                                "(send offerings to /cxf/palvelukanava/putPalvelutarjous)")).id("yleiset-read")
                        .process(validate).id("yleiset-validate")
                        .process(tenantCheck).id("yleiset-tenant")
                        .process(codeLists.check()).id("yleiset-code-list-check")
                        .process(store).id("yleiset-store")
                .end()
                .process(call.log()).id("yleiset-log")
                .process(call.answer()).id("yleiset-answer");

        from(PALVELUKANAVA_URI)
                .routeId(PALVELUKANAVA_ROUTE_ID)
                .process(new CallStartProcessor("Intake", "/cxf/palvelukanava")).id("palvelukanava-start")
                .process(writers).id("palvelukanava-authenticate")
                .choice().id("palvelukanava-store-or-remove")
                    .when(header(ExchangeKeys.MODE).isEqualTo(IntakeMode.REMOVE_PATH))
                        .process(new RemovalReader(maxBodyBytes, EnumSet.of(RecordKind.OFFERING), RecordKind.OFFERING))
                                .id("palvelukanava-read-removal")
                        .process(removalTarget).id("palvelukanava-removal-target")
                        .process(tenantCheck).id("palvelukanava-removal-tenant")
                        .process(remove).id("palvelukanava-remove")
                    .otherwise()
                        .process(new PatRecordReader(maxBodyBytes, EnumSet.of(RecordKind.OFFERING), RecordKind.OFFERING,
                                "(send organisations, services and channels to /cxf/yleiset/put)")).id("palvelukanava-read")
                        .process(validate).id("palvelukanava-validate")
                        .process(tenantCheck).id("palvelukanava-tenant")
                        .process(codeLists.check()).id("palvelukanava-code-list-check")
                        .process(store).id("palvelukanava-store")
                .end()
                .process(call.log()).id("palvelukanava-log")
                .process(call.answer()).id("palvelukanava-answer");
    }
}
