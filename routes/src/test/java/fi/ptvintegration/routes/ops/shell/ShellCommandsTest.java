package fi.ptvintegration.routes.ops.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.ops.DeliveryOperations;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogQuery;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code ptv:*} commands as an operator uses them: misuse and actions that find nothing to do
 * end in a {@link CommandException} (an error on the console, exit status 1 over bin/client, no
 * ERROR in karaf.log), actions are audited, ids and signatures complete; and the operations MBean
 * acts through the same service.
 */
class ShellCommandsTest extends ApplicationTestSupport {

    private DeliveryStore deliveries;
    private long failedA;
    private long pending;

    @BeforeEach
    void outbox() throws Exception {
        deliveries = application.deliveries();
        failedA = failed("turku-a", "PTV 400 ServiceNames");
        failed("turku-b", "PTV 400 ServiceNames");
        failed("turku-c", "PTV unreachable");
        pending = deliveries.enqueue(RecordKind.SERVICE, "turku-d", "CREATE", "c-d");
    }

    private long failed(String code, String signature) throws Exception {
        long id = deliveries.enqueue(RecordKind.SERVICE, code, "CREATE", "c-" + code);
        deliveries.failed(deliveries.claim(id, Duration.ofMinutes(1)).orElseThrow(), 400, "refused " + code, signature, false);
        return id;
    }

    private ReplayCommand replay(Long id, String signature) {
        ReplayCommand command = new ReplayCommand();
        command.operations = application.operations();
        command.id = id;
        command.signature = signature;
        return command;
    }

    private DismissCommand dismiss(Long id, String signature) {
        DismissCommand command = new DismissCommand();
        command.operations = application.operations();
        command.id = id;
        command.signature = signature;
        return command;
    }

    private static String printed(Action command) throws Exception {
        PrintStream was = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(was);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static CommandLine typing(String argument) {
        return new CommandLine() {
            @Override
            public int getCursorArgumentIndex() {
                return 1;
            }

            @Override
            public String getCursorArgument() {
                return argument;
            }

            @Override
            public int getArgumentPosition() {
                return argument.length();
            }

            @Override
            public String[] getArguments() {
                return new String[] {"ptv:replay", argument};
            }

            @Override
            public int getBufferPosition() {
                return "ptv:replay ".length() + argument.length();
            }

            @Override
            public String getBuffer() {
                return "ptv:replay " + argument;
            }
        };
    }

    @Test
    void givenNeitherOrBothOfIdAndSignatureWhenReplayingThenTheCommandFailsSayingWhat() {
        assertThatThrownBy(() -> replay(null, null).execute()).isInstanceOf(CommandException.class)
                .hasMessageContaining("delivery id or --signature");
        assertThatThrownBy(() -> dismiss(failedA, "PTV unreachable").execute()).isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> replay(-3L, null).execute()).hasMessageContaining("positive");
    }

    @Test
    void givenAnIdThatCannotBeReplayedWhenReplayingThenTheCommandFails() {
        assertThatThrownBy(() -> replay(999_999L, null).execute()).isInstanceOf(CommandException.class)
                .hasMessage("No delivery 999999.");
        assertThatThrownBy(() -> replay(pending, null).execute()).isInstanceOf(CommandException.class)
                .hasMessageContaining("is PENDING, not failed or dismissed");
        assertThatThrownBy(() -> dismiss(null, "no such signature").execute()).isInstanceOf(CommandException.class)
                .hasMessageContaining("No failed delivery under 'no such signature'");
    }

    @Test
    void givenAFailedDeliveryWhenReplayedFromTheShellThenItIsQueuedAndAudited() throws Exception {
        String output = printed(replay(failedA, null));

        assertThat(output).contains("Delivery " + failedA + " is back in the queue.");
        assertThat(deliveries.find(failedA).orElseThrow().status()).isEqualTo(Delivery.PENDING);
        List<IntegrationLogEntry> audit = application.log().find(new IntegrationLogQuery("turku-a", null, "replayed", null, null, null,
                10));
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).startsWith("shell:");
            assertThat(entry.endpoint()).isEqualTo("ptv:replay");
        });
    }

    @Test
    void givenMalformedOptionsWhenListingThenTheCommandsFailSayingWhatIsExpected() {
        DeliveriesCommand deliveriesCommand = new DeliveriesCommand();
        deliveriesCommand.operations = application.operations();
        deliveriesCommand.status = "BOGUS";
        LogCommand log = new LogCommand();
        log.operations = application.operations();
        log.from = "yesterday";
        FailedCommand failedCommand = new FailedCommand();
        failedCommand.operations = application.operations();
        failedCommand.signature = "PTV 500";

        assertThatThrownBy(deliveriesCommand::execute).isInstanceOf(CommandException.class).hasMessageContaining("--status must be");
        assertThatThrownBy(log::execute).isInstanceOf(CommandException.class).hasMessageContaining("ISO-8601");
        assertThatThrownBy(failedCommand::execute).isInstanceOf(CommandException.class).hasMessageContaining("No failed delivery");
    }

    @Test
    void givenFailedDeliveriesWhenTabIsPressedThenIdsAndQuotedSignaturesAreOffered() {
        DeliveryIdCompleter ids = new DeliveryIdCompleter();
        ids.operations = application.operations();
        SignatureCompleter signatures = new SignatureCompleter();
        signatures.operations = application.operations();

        List<Candidate> allIds = new ArrayList<>();
        ids.completeCandidates(null, typing(""), allIds);
        List<Candidate> fromPrefix = new ArrayList<>();
        ids.completeCandidates(null, typing(String.valueOf(failedA)), fromPrefix);
        List<Candidate> quotedPrefix = new ArrayList<>();
        signatures.completeCandidates(null, typing("'PTV 4"), quotedPrefix);
        List<String> plain = new ArrayList<>();
        signatures.complete(null, typing("PTV"), plain);

        assertThat(allIds).extracting(Candidate::value).hasSize(4).contains(String.valueOf(failedA), String.valueOf(pending));
        assertThat(allIds).filteredOn(c -> c.value().equals(String.valueOf(failedA))).singleElement()
                .satisfies(c -> assertThat(c.descr()).contains("FAILED").contains("turku-a").contains("PTV 400 ServiceNames"));
        assertThat(fromPrefix).extracting(Candidate::value).contains(String.valueOf(failedA));
        assertThat(quotedPrefix).extracting(Candidate::value).containsExactly("'PTV 400 ServiceNames'");
        assertThat(quotedPrefix.get(0).descr()).isEqualTo("2 failed");
        assertThat(plain).containsExactly("'PTV 400 ServiceNames'", "'PTV unreachable'");
    }

    @Test
    void givenTheOperationsMBeanWhenAnAdminReplaysAGroupThenItGoesThroughTheServiceAndIsAuditedAsJmx() throws Exception {
        DeliveryOperations mbean = new DeliveryOperations(application.operations());

        String answer = mbean.replaySignature("PTV 400 ServiceNames");

        assertThat(answer).isEqualTo("2 deliveries failed as 'PTV 400 ServiceNames' are back in the queue.");
        assertThat(mbean.getFailureGroups()).singleElement().asString().startsWith("1 × PTV unreachable");
        assertThat(application.log().find(new IntegrationLogQuery(null, null, "replayed", null, null, null, 10)))
                .singleElement().satisfies(entry -> assertThat(entry.actor()).startsWith("jmx:"));
        assertThatThrownBy(() -> mbean.dismiss(999_999L)).isInstanceOf(IllegalArgumentException.class).hasMessage("No delivery 999999.");
    }
}
