package fi.ptvintegration.routes.adopt;

import java.util.List;

/**
 * Match proposals between an organisation's PTV items that no PAT code is linked to and its PAT
 * records that are linked to no PTV item: pairs with the reason for each, and what could not be
 * paired for sure (two candidates for one record or one item), shown and never guessed.
 *
 * @param organization the organisation's PAT code
 * @param unlinkedInPtv PTV items with no link that no pair or ambiguity covers
 * @param unlinkedRecords PAT records with no link that no pair or ambiguity covers
 */
public record Proposals(String organization, List<Pair> pairs, List<Ambiguity> ambiguities, List<Item> unlinkedInPtv,
        List<Item> unlinkedRecords) {

    /** Why a record and an item were paired. */
    public enum Reason {
        /** PTV's item carries the sourceId the record's code maps to. */
        SOURCE_ID,
        /** Their Finnish names are the same once case, spaces and punctuation are set aside, and no other candidate has it. */
        NAME
    }

    /** A record of this system and the PTV item proposed for it. */
    public record Pair(String kind, String code, String ptvId, Reason reason, String recordName, String ptvName) {}

    /** A name shared by more than one record or more than one PTV item: no pair is proposed for any of them. */
    public record Ambiguity(String kind, String name, List<String> codes, List<String> ptvIds) {}

    /** A record or a PTV item, by kind, id and name. */
    public record Item(String kind, String id, String name) {}
}
