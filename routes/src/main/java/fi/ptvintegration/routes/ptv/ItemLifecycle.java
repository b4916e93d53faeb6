package fi.ptvintegration.routes.ptv;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.model.Organization;
import fi.ptvintegration.pat.model.Service;
import fi.ptvintegration.pat.validation.Violation;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.PtvLink;
import fi.ptvintegration.routes.store.StoredRecord;
import java.util.List;
import java.util.Optional;

/**
 * What PTV's rules allow in the life of an item, checked before anything is sent, and how each
 * refusal is said, in one place for the intake, the push, the delivery and the daily sync. The
 * rules, as PTV 3.4 has them ({@code PublishingStatusValidator}, {@code OrganizationService}):
 * Draft only for an item never published (a Published, Modified or archived item cannot go back
 * to Draft); archiving only from Published (a draft cannot be archived through the API); an
 * organisation cannot be archived while services, channels or sub-organisations name it; an
 * archived item keeps its sourceId for ever, so the code of a removed record is never reused.
 */
public final class ItemLifecycle {

    /** PTV's status of a draft. */
    public static final String DRAFT = "Draft";

    private ItemLifecycle() {}

    /** The push endpoint that archives a record: {@code /cxf/ptv/service/archive/turku-uimahallit}. */
    public static String archivePath(RecordKind kind, String code) {
        return PtvFailures.pushPath(kind) + "/archive/" + code;
    }

    /** The push endpoint that brings a removed or archived record back: {@code .../restore/{code}}. */
    public static String restorePath(RecordKind kind, String code) {
        return PtvFailures.pushPath(kind) + "/restore/" + code;
    }

    /** The intake endpoint that says a record is gone. */
    public static String removalPath(RecordKind kind) {
        return kind == RecordKind.OFFERING ? "/cxf/palvelukanava/removePalvelutarjous" : "/cxf/yleiset/remove";
    }

    /**
     * A put or update for the code of a removed record (409 {@code code-retired}): PTV keeps an
     * archived item's sourceId for ever, so the code cannot name a new record.
     */
    public static CallRefusal codeRetired(StoredRecord removed, Optional<PtvLink> link) {
        String name = removed.kind().jsonName() + " '" + removed.code() + "'";
        String inPtv = link.map(l -> l.archived() ? " and its PTV item " + l.ptvId() + " archived"
                : "; its PTV item " + l.ptvId() + " is archived at the next daily sync").orElse("");
        return new CallRefusal(409, "code-retired", name + " was removed on " + removed.removedAt() + inPtv
                + ". PTV keeps the sourceId of an archived item for ever, so the code cannot be used for a new record:"
                + " choose a new code, or bring the record back with POST " + restorePath(removed.kind(), removed.code()));
    }

    /** A create or update push of a removed record (409 {@code removed}). */
    public static CallRefusal removedRecordPushed(StoredRecord removed) {
        return new CallRefusal(409, "removed", removed.kind().jsonName() + " '" + removed.code() + "' was removed on "
                + removed.removedAt() + ": archive it (POST " + archivePath(removed.kind(), removed.code())
                + ") or bring it back (POST " + restorePath(removed.kind(), removed.code()) + ")");
    }

    /** An archive of a record Drupal has not removed (409 {@code not-removed}). */
    public static CallRefusal notRemoved(StoredRecord live) {
        return new CallRefusal(409, "not-removed", live.kind().jsonName() + " '" + live.code()
                + "' is live: only what was removed is archived; say it is gone first (POST " + removalPath(live.kind()) + ")");
    }

    /** An archive or restore of a record that was never in PTV (409 {@code not-in-ptv}). */
    public static CallRefusal neverInPtv(RecordKind kind, String code, String what) {
        return new CallRefusal(409, "not-in-ptv", kind.jsonName() + " '" + code + "' was never in PTV: nothing to " + what);
    }

    /**
     * Draft is for an item never published: PTV refuses a Published, Modified or archived item
     * going back to Draft. Checked before a create or update is sent.
     */
    public static Optional<CallRefusal> draftAfterPublished(PatRecord record, Optional<PtvLink> link) {
        if (!DRAFT.equals(publishingStatus(record)) || link.isEmpty() || DRAFT.equals(link.get().publishingStatus())) {
            return Optional.empty();
        }
        String name = record.kind().jsonName() + " '" + record.code() + "'";
        return Optional.of(new CallRefusal(422, "publishing-rule", name + " is " + link.get().publishingStatus()
                + " in PTV; PTV does not let an item go back to Draft once published",
                List.of(new Violation("publishingStatus", "published-once", "send Published (a draft is only for an item never published)"))));
    }

    /** A create or update of a record whose PTV item this system archived: only a restore publishes it again. */
    public static Optional<CallRefusal> archivedInPtv(PatRecord record, Optional<PtvLink> link) {
        if (link.isEmpty() || !link.get().archived()) {
            return Optional.empty();
        }
        return Optional.of(new CallRefusal(409, "archived-in-ptv", record.kind().jsonName() + " '" + record.code()
                + "' is archived in PTV (item " + link.get().ptvId() + ", " + link.get().archivedAt()
                + "): bring it back with POST " + restorePath(record.kind(), record.code())));
    }

    /** PTV archives only what was published: a draft stays a draft or is published. */
    public static Optional<CallRefusal> draftCannotBeArchived(RecordKind kind, String code, PtvLink link) {
        if (!DRAFT.equals(link.publishingStatus())) {
            return Optional.empty();
        }
        return Optional.of(new CallRefusal(409, "draft-in-ptv", kind.jsonName() + " '" + code + "' is a draft in PTV (item "
                + link.ptvId() + "), never published: PTV archives only published items; delete the draft in PTV's editor"));
    }

    /**
     * An organisation that live records still name cannot be archived (409 {@code in-use}),
     * nor removed: PTV would refuse it while they are published. Names each of them.
     */
    public static Optional<CallRefusal> organizationInUse(String organizationCode, List<StoredRecord> naming, String what) {
        if (naming.isEmpty()) {
            return Optional.empty();
        }
        List<Violation> violations = naming.stream().map(r -> new Violation("code", "in-use",
                r.kind().jsonName() + " '" + r.code() + "' names it")).toList();
        String listed = String.join(", ", naming.stream().limit(20).map(r -> r.kind().jsonName() + " '" + r.code() + "'").toList())
                + (naming.size() > 20 ? " and " + (naming.size() - 20) + " more" : "");
        return Optional.of(new CallRefusal(409, "in-use", "organization '" + organizationCode + "' cannot be " + what
                + " while live records name it: " + listed + "; remove them (or move them to another organisation) first",
                violations));
    }

    /** The record's own publishing status (Draft or Published); null for an offering. */
    public static String publishingStatus(PatRecord record) {
        if (record instanceof Organization organization) {
            return organization.publishingStatus();
        } else if (record instanceof Service service) {
            return service.publishingStatus();
        } else if (record instanceof ServiceChannel channel) {
            return channel.publishingStatus();
        }
        return null;
    }
}
