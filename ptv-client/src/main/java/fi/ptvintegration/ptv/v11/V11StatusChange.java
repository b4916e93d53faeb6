package fi.ptvintegration.ptv.v11;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How v11 changes an item's publishing status: with the update of the whole object, its
 * {@code publishingStatus} set to the status wanted. Read in PTV's own source (release 3.4):
 * {@code PublishingStatusValidator} allows Draft or Published from Draft (or a new item);
 * Modified, Published or Deleted from Published and from Deleted; nothing from Modified ("You
 * cannot update entity with status Modified."). {@code ServiceService.SaveService} and its
 * organisation and channel siblings archive on Deleted, ignoring the rest of the body (which
 * PTV's validators still check, so the whole object is sent), and restore an archived item
 * when the status is set from Deleted to Published or Modified, saving the body as usual.
 */
final class V11StatusChange {

    /** v11's name of the archived status in writes. */
    static final String ARCHIVED = "Deleted";
    static final String PUBLISHED = "Published";

    private V11StatusChange() {}

    /** A copy of a generated IN model with another {@code publishingStatus}; the model itself is left as it was. */
    static Object withStatus(Object body, String publishingStatus, ObjectMapper json) {
        ObjectNode tree = json.valueToTree(body);
        tree.put("publishingStatus", publishingStatus);
        try {
            return json.treeToValue(tree, body.getClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a generated PTV model reads back what it wrote", e);
        }
    }
}
