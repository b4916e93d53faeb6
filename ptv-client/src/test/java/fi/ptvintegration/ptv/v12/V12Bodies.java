package fi.ptvintegration.ptv.v12;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * PAT records for the v12 mapper tests: each shipped example, and variants of it that reach the
 * other branches of v12's schemas (every service type and organisation type, main and sub, every
 * area type, one, two and three languages, phones of both kinds, every address sub-type, texts
 * full of Markdown characters and at their limits, signatures, vouchers, producers).
 */
final class V12Bodies {

    static final ObjectMapper JSON = PatJson.mapper();

    /** A named record. */
    record Case(String name, PatRecord record) {
        @Override
        public String toString() {
            return name;
        }
    }

    private V12Bodies() {}

    static PatRecord record(String kind, Consumer<ObjectNode> edit) {
        ObjectNode tree = JSON.valueToTree(PatJson.example(kind));
        edit.accept(tree);
        try {
            return JSON.treeToValue(tree, PatRecord.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("variant of " + kind + " is no PAT record: " + e.getMessage(), e);
        }
    }

    /** A text of exactly {@code length} characters, with the characters Markdown reads as syntax. */
    static String markdownish(int length) {
        String pattern = "# Hinta *5 €* _alle_ 7-v. [ks.] <b> 1. rivi | ~x~ & `k` \\ > ";
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(pattern);
        }
        char[] chars = text.substring(0, length).toCharArray();
        chars[0] = 'A';
        chars[length - 1] = 'z';
        return new String(chars);
    }

    /** Keeps the given languages: declared, and in every text of the record, however deep. */
    private static void languages(ObjectNode tree, String... codes) {
        ArrayNode languages = tree.putArray("languages");
        for (String code : codes) {
            languages.add(code);
        }
        retain(tree, List.of(codes));
    }

    private static void retain(com.fasterxml.jackson.databind.JsonNode node, List<String> codes) {
        if (node instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            if (!keys.isEmpty() && List.of("fi", "sv", "en").containsAll(keys)) {
                object.retain(codes);
                return;
            }
            object.forEach(child -> retain(child, codes));
        } else if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                String language = array.get(i).path("language").asText(null);
                if (language != null && !codes.contains(language)) {
                    array.remove(i);
                } else {
                    retain(array.get(i), codes);
                }
            }
        }
    }

    private static void limitedArea(ObjectNode tree) {
        tree.put("areaType", "LimitedType");
        ArrayNode areas = tree.putArray("areas");
        areas.addObject().put("type", "Municipality").putArray("codes").add("853").add("202");
        areas.addObject().put("type", "Region").putArray("codes").add("02");
    }

    /** Organisations take areas of one type (v11's subAreaType). */
    private static void regions(ObjectNode tree) {
        tree.put("areaType", "LimitedType");
        tree.putArray("areas").addObject().put("type", "Region").putArray("codes").add("02").add("05");
    }

    static List<Case> services() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("service example", record("service", t -> {})));
        for (String type : List.of("Service", "ProfessionalQualification", "PermitOrObligation")) {
            cases.add(new Case("service " + type + " fi", record("service", t -> {
                t.put("type", type);
                languages(t, "fi");
            })));
            cases.add(new Case("service " + type + " fi+sv, nationwide, free, time texts", record("service", t -> {
                t.put("type", type);
                languages(t, "fi", "sv");
                t.put("areaType", "Nationwide");
                t.remove("areas");
                t.put("chargeType", "FreeOfCharge");
                t.putObject("processingTime").put("fi", "Kaksi viikkoa").put("sv", "Två veckor");
                t.putObject("deadline").put("fi", "Haku päättyy 31.1.").put("sv", "Ansökan slutar 31.1.");
                t.putObject("validityTime").put("fi", "Vuoden").put("sv", "Ett år");
            })));
            cases.add(new Case("service " + type + " fi+sv+en, except Åland, market funded, no charge type", record("service", t -> {
                t.put("type", type);
                t.put("areaType", "NationwideExceptAlandIslands");
                t.remove("areas");
                t.put("fundingType", "MarketFunded");
                t.remove("chargeType");
            })));
        }
        cases.add(new Case("service with limits reached and Markdown characters", record("service", t -> {
            for (String lang : List.of("fi", "sv", "en")) {
                ((ObjectNode) t.get("description")).put(lang, markdownish(2500));
                t.with("userInstruction").put(lang, markdownish(2500));
                t.with("requirements").put(lang, markdownish(2500));
                t.with("chargeTypeAdditionalInfo").put(lang, markdownish(500));
                ((ObjectNode) t.get("names")).put(lang, "N".repeat(100));
                ((ObjectNode) t.get("summary")).put(lang, "S".repeat(150));
                t.with("alternativeNames").put(lang, "Vaihtoehtoinen nimi " + lang);
            }
        })));
        cases.add(new Case("service with general description, other organisations, producers, vouchers", record("service", t -> {
            t.put("generalDescriptionId", "9c7a6b5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d");
            t.putArray("otherResponsibleOrganizationCodes").add("turku-sivistys");
            ArrayNode producers = t.putArray("producers");
            producers.addObject().put("provisionType", "SelfProducedServices").putArray("organizationCodes").add("turku-liikuntapalvelut");
            ObjectNode procured = producers.addObject().put("provisionType", "ProcuredServices");
            procured.putArray("organizationCodes").add("turku-sivistys");
            procured.putObject("additionalInformation").put("fi", "Uimaseura ry").put("sv", "Simföreningen rf");
            producers.addObject().put("provisionType", "Other").putObject("additionalInformation").put("fi", "Yksityinen uimakoulu");
            t.put("serviceVouchersInUse", true);
            t.putArray("lifeEvents").add("http://uri.suomi.fi/codelist/ptv/ptvlife/code/KE7.1");
            t.putArray("targetGroups").add("http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR2")
                    .add("http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR2.1");
            t.putArray("industrialClasses").add("http://www.stat.fi/meta/luokitukset/toimiala/001-2008/93110");
        })));
        cases.add(new Case("service limited to municipalities and a region, codes as codes", record("service", t -> {
            limitedArea(t);
            t.putArray("serviceClasses").add("P27.1").add("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.2");
            t.putArray("targetGroups").add("KR1").add("http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR2.1");
            t.putArray("keywords").addObject().put("language", "fi").put("value", "k".repeat(100));
        })));
        return cases;
    }

    static List<Case> organizations() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("organization example", record("organization", t -> {})));
        for (String type : List.of("State", "Municipality", "RegionalOrganization", "Organization", "Company")) {
            for (boolean sub : List.of(false, true)) {
                cases.add(new Case("organization " + type + (sub ? " sub" : " main"), record("organization", t -> {
                    t.put("organizationType", type);
                    if (sub) {
                        t.put("parentOrganizationCode", "turku");
                    }
                    if ("RegionalOrganization".equals(type)) {
                        regions(t);
                    } else if (!"Municipality".equals(type)) {
                        t.put("areaType", "Nationwide");
                        t.remove("areas");
                    }
                })));
            }
        }
        cases.add(new Case("organization fi only, addresses of every kind, service number, alternative name shown", record("organization", t -> {
            languages(t, "fi");
            t.putObject("alternativeNames").put("fi", "Liikuntapalvelut");
            t.put("displayNameType", "AlternativeName");
            t.put("oid", "1.2.246.10.2048198.10.30");
            ArrayNode addresses = t.putArray("addresses");
            ObjectNode visiting = addresses.addObject().put("type", "Visiting").put("subType", "Street").put("streetNumber", "4 A 1")
                    .put("postalCode", "20100").put("latitude", 60.4518).put("longitude", 22.2666);
            visiting.putObject("street").put("fi", "Blomberginaukio");
            visiting.putObject("additionalInformation").put("fi", "Sisäänkäynti pihalta");
            ObjectNode box = addresses.addObject().put("type", "Postal").put("subType", "PostOfficeBox").put("postalCode", "20101");
            box.putObject("postOfficeBox").put("fi", "PL 355");
            ObjectNode abroad = addresses.addObject().put("type", "Postal").put("subType", "Abroad").put("country", "SE");
            abroad.putObject("street").put("fi", "Drottninggatan 1, 111 51 Stockholm");
            ArrayNode phones = t.putArray("phoneNumbers");
            phones.addObject().put("language", "fi").put("type", "Phone").put("number", "0800123456").put("finnishServiceNumber", true)
                    .put("chargeType", "FreeOfCharge");
            phones.addObject().put("language", "fi").put("type", "Phone").put("prefix", "+358").put("number", "022620000")
                    .put("chargeType", "Other").put("chargeDescription", "Palvelunumeron hinta").put("additionalInformation", "Vaihde");
            t.putArray("emails").addObject().put("language", "fi").put("address", "liikunta@turku.fi").put("description", "Neuvonta");
        })));
        cases.add(new Case("organization with its description at v12's limit", record("organization", t -> {
            for (String lang : List.of("fi", "sv", "en")) {
                ((ObjectNode) t.get("description")).put(lang, markdownish(2500));
            }
        })));
        return cases;
    }

    static List<Case> channels(String kind) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(kind + " example", record(kind, t -> {})));
        cases.add(new Case(kind + " fi only", record(kind, t -> languages(t, "fi"))));
        cases.add(new Case(kind + " limited area", record(kind, V12Bodies::limitedArea)));
        cases.add(new Case(kind + " except Åland, long Markdown description", record(kind, t -> {
            t.put("areaType", "NationwideExceptAlandIslands");
            t.withArray("languages").forEach(l -> ((ObjectNode) t.get("description")).put(l.asText(), markdownish(2500)));
        })));
        switch (kind) {
            case "echannel" -> {
                cases.add(new Case("echannel with signatures, support and no identification", record(kind, t -> {
                    t.put("requiresSignature", true).put("signatureQuantity", 2).put("requiresAuthentication", false);
                    t.putArray("supportEmails").addObject().put("language", "fi").put("address", "tuki@turku.fi");
                    t.putArray("supportPhones").addObject().put("language", "en").put("type", "Phone").put("prefix", "+358")
                            .put("number", "22623500").put("chargeType", "Chargeable");
                })));
            }
            case "phone" -> {
                cases.add(new Case("phone with web pages, support e-mail, a service number", record(kind, t -> {
                    ArrayNode pages = t.putArray("webPages");
                    pages.addObject().put("language", "fi").put("url", "https://www.turku.fi/liikunta").put("name", "Liikunta");
                    pages.addObject().put("language", "sv").put("url", "https://www.turku.fi/sv/idrott");
                    t.putArray("supportEmails").addObject().put("language", "sv").put("address", "idrott@turku.fi");
                    t.putArray("serviceLanguages").add("fi").add("sv").add("se").add("sgn-fi");
                    ((ArrayNode) t.get("phoneNumbers")).addObject().put("language", "fi").put("type", "Phone").put("number", "0800123456")
                            .put("finnishServiceNumber", true).put("chargeType", "FreeOfCharge");
                })));
            }
            case "servicelocation" -> {
                cases.add(new Case("servicelocation with postal addresses, one given in ETRS-TM35FIN, one abroad", record(kind, t -> {
                    t.put("displayNameType", "AlternativeName");
                    t.putObject("alternativeNames").put("fi", "Impari").put("sv", "Impari").put("en", "Impari");
                    ArrayNode addresses = (ArrayNode) t.get("addresses");
                    ObjectNode box = addresses.addObject().put("type", "Postal").put("subType", "PostOfficeBox").put("postalCode", "20101");
                    box.putObject("postOfficeBox").put("fi", "PL 355").put("sv", "PB 355").put("en", "P.O. Box 355");
                    ObjectNode street = addresses.addObject().put("type", "Postal").put("subType", "Street").put("streetNumber", "1")
                            .put("postalCode", "20100");
                    street.putObject("street").put("fi", "Aurakatu").put("sv", "Auragatan").put("en", "Aurakatu");
                    ObjectNode tm35 = addresses.addObject().put("type", "Location").put("subType", "Street").put("streetNumber", "2")
                            .put("postalCode", "20700").put("easting", 238_512.25).put("northing", 6_711_205.5);
                    tm35.putObject("street").put("fi", "Uimahallinpolku").put("sv", "Simhallsstigen").put("en", "Uimahallinpolku");
                    ObjectNode abroad = addresses.addObject().put("type", "Location").put("subType", "Abroad").put("country", "SE");
                    abroad.putObject("street").put("fi", "Drottninggatan 1").put("sv", "Drottninggatan 1").put("en", "Drottninggatan 1");
                    ((ArrayNode) t.get("webPages")).addObject().put("language", "en").put("url", "https://www.turku.fi/en").put("name", "Turku");
                })));
            }
            case "printableform" -> {
                cases.add(new Case("printableform delivered to an address told as free text", record(kind, t -> {
                    ObjectNode delivery = t.putObject("deliveryAddress").put("subType", "NoAddress");
                    delivery.putObject("addressText").put("fi", "Jätä lomake uimahallin kassalle").put("sv", "Lämna blanketten i kassan");
                })));
                cases.add(new Case("printableform delivered to a street address, every file type", record(kind, t -> {
                    ObjectNode delivery = t.putObject("deliveryAddress").put("subType", "Street").put("streetNumber", "4")
                            .put("postalCode", "20100");
                    delivery.putObject("street").put("fi", "Blomberginaukio").put("sv", "Blombergsplan");
                    delivery.putObject("receiver").put("fi", "Liikuntapalvelut").put("sv", "Idrottstjänster");
                    ArrayNode urls = (ArrayNode) t.get("formUrls");
                    urls.addObject().put("language", "fi").put("type", "DOC").put("url", "https://www.turku.fi/lomakkeet/lp-12-fi.doc");
                    urls.addObject().put("language", "sv").put("type", "Excel").put("url", "https://www.turku.fi/lomakkeet/lp-12-sv.xlsx");
                    t.putArray("supportPhones").addObject().put("language", "fi").put("type", "Phone").put("prefix", "+358")
                            .put("number", "22623500").put("chargeType", "Chargeable");
                })));
            }
            default -> {
                cases.add(new Case("webpage with support and every accessibility level", record(kind, t -> {
                    ((ObjectNode) t.withArray("accessibilityClassification").get(0)).put("level", "NonCompliant");
                    ((ObjectNode) t.withArray("accessibilityClassification").get(1)).put("level", "Unknown");
                    t.putArray("supportEmails").addObject().put("language", "fi").put("address", "uimahallit@turku.fi");
                })));
            }
        }
        return cases;
    }
}
