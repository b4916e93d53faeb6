package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.adopt.AdoptionService;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.tenant.Caller;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code ptv:adopt <kind> <code> <ptvId>}: links a PAT code to an item that already exists in PTV, as {@code POST /cxf/ops/adoption}. */
@Command(scope = "ptv", name = "adopt", description = "Link a PAT code to an item already in PTV (by PTV id) instead of creating one")
@Service
public class AdoptCommand implements Action {

    @Argument(index = 0, name = "kind", description = "organization, service, echannel, phone, servicelocation, printableform or webpage",
            required = true)
    String kind;

    @Argument(index = 1, name = "code", description = "The PAT code", required = true)
    String code;

    @Argument(index = 2, name = "ptvId", description = "The PTV id (GUID) of the item in PTV", required = true)
    String ptvId;

    @Reference
    AdoptionService adoption;

    @Reference
    OpsService operations;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        RecordKind recordKind = RecordKind.fromJsonName(kind).filter(k -> k != RecordKind.OFFERING)
                .orElseThrow(() -> new IllegalArgumentException("no kind '" + kind + "'"));
        OpsService.Actor actor = ShellUser.actor(session, "ptv:adopt");
        try {
            AdoptionService.Adopted adopted = adoption.adopt(recordKind, code, ptvId, actor.correlationId(), Caller.global(actor.user()));
            operations.audit(actor, "adopted", adopted.kind(), adopted.code(), adopted.ptvId(), null, null);
            System.out.println(adopted.kind() + " '" + adopted.code() + "' is linked to PTV item " + adopted.ptvId() + " ("
                    + adopted.ptvName() + ", " + adopted.publishingStatus() + "); its next put sets sourceId " + adopted.sourceId() + ".");
        } catch (CallRefusal refusal) {
            throw new IllegalStateException(refusal.error() + ": " + refusal.getMessage());
        }
        return null;
    }
}
