package fi.ptvintegration.ptv.v12;

import com.fasterxml.jackson.databind.JsonNode;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.port.PtvItemRef;
import fi.ptvintegration.ptv.port.PtvItemView;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * PTV API v12 read models (service, channel, organisation) to the version-independent
 * {@link PtvItemView}, the same field paths as the v11 reader gives, so that drift, adoption and
 * reconciliation compare either version unchanged. Pure.
 *
 * <p>v12's read API serves published content only: every item is {@code Published}, its
 * {@code modified} is v12's {@code publishedAt}, and v12 returns no sourceId (nor its
 * {@code externalId}). Long texts arrive as Markdown and are compared as the text they render,
 * the form in which this system sends them. v12's vocabulary is given in v11's where the two
 * differ (areas, service types, charge types), since the views of both versions must be equal for
 * the same item.
 */
public final class V12ItemViews {

    private static final Map<String, RecordKind> CHANNEL_KINDS = Map.of("EService", RecordKind.ECHANNEL,
            "TelephoneService", RecordKind.PHONE, "ServiceLocation", RecordKind.SERVICE_LOCATION,
            "PrintableForm", RecordKind.PRINTABLE_FORM, "WebPage", RecordKind.WEB_PAGE);
    private static final Map<String, String> AREA_TYPES = Map.of("WholeCountry", "Nationwide",
            "WholeCountryExceptAland", "NationwideExceptAlandIslands", "LimitedArea", "LimitedType");
    private static final Map<String, String> SERVICE_TYPES = Map.of("Service", "Service",
            "ProfessionalQualification", "ProfessionalQualification", "PermitOrOtherObligation", "PermitOrObligation");
    private static final Map<String, String> CHARGE_TYPES = Map.of("Charged", "Chargeable", "Free", "FreeOfCharge");

    private V12ItemViews() {}

    /** The kind of a channel by v12's {@code serviceChannelType}; null when v12 names another. */
    public static RecordKind channelKind(String serviceChannelType) {
        return CHANNEL_KINDS.get(serviceChannelType);
    }

    /** One read model (a generated v12 response, or its JSON) as the view of its namespace. */
    public static PtvItemView of(RecordKind.Namespace type, Object readModel) {
        JsonNode item = readModel instanceof JsonNode node ? node : V12Json.MAPPER.valueToTree(readModel);
        SortedMap<String, String> fields = new TreeMap<>();
        JsonNode versions = item.path("languageVersions");
        for (Iterator<Map.Entry<String, JsonNode>> it = versions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> version = it.next();
            String lang = version.getKey();
            JsonNode text = version.getValue();
            put(fields, "names.Name." + lang, text.path("name"));
            put(fields, "names.AlternativeName." + lang, text.path("alternativeName"));
            put(fields, "descriptions.Summary." + lang, text.path("summary"));
            markdown(fields, "descriptions.Description." + lang, text.path("description"));
            markdown(fields, "descriptions.UserInstruction." + lang, text.path("userInstructions"));
            markdown(fields, "descriptions.ChargeTypeAdditionalInfo." + lang, text.path("chargeTypeAdditionalInformation"));
            markdown(fields, "requirements." + lang, text.path("conditions"));
            JsonNode keywords = text.path("freelyAssignedKeywords");
            for (int i = 0; i < keywords.size(); i++) {
                put(fields, "keywords." + lang + "[" + i + "]", keywords.get(i));
            }
        }
        JsonNode languages = item.path("serviceLanguages");
        if (languages.isArray() && !languages.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            languages.forEach(l -> joined.append(joined.isEmpty() ? "" : ",").append(l.asText()));
            fields.put("languages", joined.toString());
        }
        String areaType = item.path("area").path("areaType").asText(null);
        if (areaType != null) {
            fields.put("areaType", AREA_TYPES.getOrDefault(areaType, areaType));
        }
        mapped(fields, "type", item.path("serviceType"), SERVICE_TYPES);
        mapped(fields, "serviceChargeType", item.path("chargeType"), CHARGE_TYPES);
        put(fields, "fundingType", item.path("fundingType"));
        put(fields, "businessCode", item.path("businessId"));
        RecordKind kind = switch (type) {
            case ORGANIZATION -> RecordKind.ORGANIZATION;
            case SERVICE -> RecordKind.SERVICE;
            default -> channelKind(item.path("serviceChannelType").asText(""));
        };
        String owner = type == RecordKind.Namespace.ORGANIZATION ? text(item.path("parentOrganizationContentId"))
                : text(item.path("organizationContentId"));
        return new PtvItemView(kind, text(item.path("contentId")), null, "Published", time(item.path("publishedAt")), owner, fields);
    }

    /** A listed item (a search result) as a reference: id, kind and its Finnish name when it has one. */
    public static PtvItemRef ref(RecordKind.Namespace type, Object readModel) {
        PtvItemView view = of(type, readModel);
        return new PtvItemRef(type, view.kind(), view.ptvId(), view.displayName());
    }

    private static void put(SortedMap<String, String> fields, String path, JsonNode value) {
        if (value.isValueNode() && !value.isNull() && !value.asText().isEmpty()) {
            fields.put(path, value.asText());
        }
    }

    private static void markdown(SortedMap<String, String> fields, String path, JsonNode value) {
        if (value.isTextual() && !value.asText().isEmpty()) {
            fields.put(path, MarkdownText.toPlain(value.asText()));
        }
    }

    private static void mapped(SortedMap<String, String> fields, String path, JsonNode value, Map<String, String> names) {
        if (value.isTextual()) {
            fields.put(path, names.getOrDefault(value.asText(), value.asText()));
        }
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : null;
    }

    private static OffsetDateTime time(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
