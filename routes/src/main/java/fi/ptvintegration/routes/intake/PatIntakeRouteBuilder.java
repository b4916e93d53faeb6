package fi.ptvintegration.routes.intake;

import fi.ptvintegration.routes.http.RefusalHandling;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.codelists.CodeListValidationProcessor;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.RefusalProcessor;
import fi.ptvintegration.routes.http.CallStartProcessor;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import java.util.EnumSet;
import java.util.Set;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * PAT intake from Drupal: {@code /cxf/yleiset/{put,update}} for organisations, services and
 * channels, {@code /cxf/palvelukanava/{put,update}Palvelutarjous} for service offerings. Each
 * call is authenticated, read, validated against PTV's rules and its classifications against
 * PTV's code lists, stored, logged and answered with JSON (with the code-list check's warnings);
 * every refusal is answered and logged by the one error handler below.
 */
public class PatIntakeRouteBuilder extends RouteBuilder {

    public static final String YLEISET_ROUTE_ID = "yleiset-intake";
    public static final String PALVELUKANAVA_ROUTE_ID = "palvelukanava-intake";
    public static final String YLEISET_URI = "cxfrs:/yleiset?resourceClasses=" + YleisetResource.class.getName()
            + "&bindingStyle=SimpleConsumer";
    public static final String PALVELUKANAVA_URI = "cxfrs:/palvelukanava?resourceClasses="
            + PalvelukanavaResource.class.getName() + "&bindingStyle=SimpleConsumer";

    static final Set<RecordKind> YLEISET_KINDS = EnumSet.complementOf(EnumSet.of(RecordKind.OFFERING));

    /** The steps the intake routes are wired from. */
    public record Steps(
            Authenticator authenticate,
            int maxBodyBytes,
            PatRecordValidationProcessor validate,
            CodeListValidationProcessor codeLists,
            PatRecordStoreProcessor store,
            CallLogProcessor log,
            RefusalProcessor refuse,
            JsonAnswerProcessor respond) {}

    private final Steps steps;

    public PatIntakeRouteBuilder(Steps steps) {
        this.steps = steps;
    }

    @Override
    public void configure() {
        JacksonDataFormat json = new JacksonDataFormat(PatJson.mapper(), Object.class);

        RefusalHandling.declare(this, steps.refuse(), steps.log(), json, steps.respond());

        from(YLEISET_URI)
                .routeId(YLEISET_ROUTE_ID)
                .process(new CallStartProcessor("/cxf/yleiset"))
                .process(steps.authenticate())
                .process(new PatRecordReader(steps.maxBodyBytes(), YLEISET_KINDS, null,
                        "(send offerings to /cxf/palvelukanava/putPalvelutarjous)"))
                .process(steps.validate())
                .process(steps.codeLists().check()).id("yleiset-code-list-check")
                .process(steps.store())
                .process(steps.codeLists().addWarnings()).id("yleiset-code-list-warnings")
                .process(steps.log())
                .marshal(json)
                .process(steps.respond());

        from(PALVELUKANAVA_URI)
                .routeId(PALVELUKANAVA_ROUTE_ID)
                .process(new CallStartProcessor("/cxf/palvelukanava"))
                .process(steps.authenticate())
                .process(new PatRecordReader(steps.maxBodyBytes(), EnumSet.of(RecordKind.OFFERING), RecordKind.OFFERING,
                        "(send organisations, services and channels to /cxf/yleiset/put)"))
                .process(steps.validate())
                .process(steps.codeLists().check()).id("palvelukanava-code-list-check")
                .process(steps.store())
                .process(steps.codeLists().addWarnings()).id("palvelukanava-code-list-warnings")
                .process(steps.log())
                .marshal(json)
                .process(steps.respond());
    }
}
