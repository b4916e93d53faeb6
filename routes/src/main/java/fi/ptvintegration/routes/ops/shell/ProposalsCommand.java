package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.adopt.AdoptionService;
import fi.ptvintegration.routes.adopt.Proposals;
import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.tenant.Caller;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code ptv:proposals <organization> [--accept]}: match proposals between an organisation's
 * unlinked PTV services and channels and its unlinked PAT records, as
 * {@code GET /cxf/ops/adoption/proposals}; with {@code --accept}, adopts every proposed pair.
 */
@Command(scope = "ptv", name = "proposals", description = "Match proposals for adopting an organisation's items already in PTV")
@Service
public class ProposalsCommand implements Action {

    @Argument(index = 0, name = "organization", description = "PAT code of an organisation linked to PTV", required = true)
    String organization;

    @Option(name = "-a", aliases = "--accept", description = "Adopt every proposed pair (ambiguities are left alone)")
    boolean accept;

    @Reference
    AdoptionService adoption;

    @Reference
    OpsService operations;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        OpsService.Actor actor = ShellUser.actor(session, "ptv:proposals");
        Proposals proposals = adoption.proposals(organization, actor.correlationId(), Caller.global(actor.user()));
        ShellTable table = new ShellTable();
        for (String column : List.of("Kind", "Code", "PTV id", "Why", "Name in Drupal", "Name in PTV")) {
            table.column(column);
        }
        proposals.pairs().forEach(p -> table.addRow().addContent(p.kind(), p.code(), p.ptvId(), p.reason(), p.recordName(), p.ptvName()));
        table.print(System.out);
        for (Proposals.Ambiguity ambiguity : proposals.ambiguities()) {
            System.out.println("Ambiguous " + ambiguity.kind() + " '" + ambiguity.name() + "': codes " + ambiguity.codes() + ", PTV items "
                    + ambiguity.ptvIds() + " (adopt one by hand: ptv:adopt <kind> <code> <ptvId>)");
        }
        System.out.println(proposals.pairs().size() + " pairs, " + proposals.ambiguities().size() + " ambiguities, "
                + proposals.unlinkedInPtv().size() + " PTV items and " + proposals.unlinkedRecords().size() + " records left unpaired.");
        if (accept && !proposals.pairs().isEmpty()) {
            List<AdoptionService.Accepted> results = adoption.accept(proposals.pairs().stream()
                    .map(p -> new AdoptionService.Choice(p.kind(), p.code(), p.ptvId())).toList(), actor.correlationId(), Caller.global(actor.user()));
            long adopted = results.stream().filter(AdoptionService.Accepted::adopted).count();
            operations.audit(actor, "adopted", null, null, null, "{\"organization\":\"" + organization + "\"}",
                    "{\"adopted\":" + adopted + ",\"refused\":" + (results.size() - adopted) + "}");
            results.stream().filter(r -> !r.adopted()).forEach(r -> System.out.println("Not adopted: " + r.kind() + " '" + r.code()
                    + "': " + r.error() + ": " + r.message()));
            System.out.println(adopted + " adopted.");
        }
        return null;
    }
}
