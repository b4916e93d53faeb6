package fi.ptvintegration.routes.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Builds the body of a PUT from the create body: the same fields, as PTV's {@code ...InBase}
 * type, with {@code deleteAllX: true} for every list X that the PAT model owns and that is empty,
 * because PTV keeps a list a PUT leaves out. Lists the PAT model does not carry (attachments,
 * laws...) get no flag, so what editors keep only in PTV is not wiped.
 */
public final class FullUpdate {

    private static final Map<String, String> FLAG_TO_LIST = Map.of("phones", "phoneNumbers");

    private FullUpdate() {}

    public static <T> T of(ObjectMapper mapper, Object createBody, Class<T> updateType, Set<String> ownedLists) {
        ObjectNode tree = mapper.valueToTree(createBody);
        for (BeanPropertyDefinition property : mapper.getSerializationConfig()
                .introspect(mapper.constructType(updateType)).findProperties()) {
            String flag = property.getName();
            if (!flag.startsWith("deleteAll") || flag.length() == "deleteAll".length()) {
                continue;
            }
            String rest = flag.substring("deleteAll".length());
            String list = Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            list = FLAG_TO_LIST.getOrDefault(list, list);
            if (ownedLists.contains(list)) {
                tree.put(flag, !tree.hasNonNull(list) || tree.get(list).isEmpty());
            }
        }
        return mapper.convertValue(tree, updateType);
    }
}
