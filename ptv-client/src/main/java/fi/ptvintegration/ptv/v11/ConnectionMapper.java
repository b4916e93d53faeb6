package fi.ptvintegration.ptv.v11;

import fi.ptvintegration.pat.model.Language;
import fi.ptvintegration.pat.model.LocalizedText;
import fi.ptvintegration.pat.model.Price;
import fi.ptvintegration.pat.model.ServiceOffering;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceAndChannelRelationInBase;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceServiceChannelInBase;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLocalizedListItem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A service's offerings (palvelutarjous) to PTV's full set of its connections
 * ({@code V11VmOpenApiServiceAndChannelRelationInBase}). Pure. Per offering: the channel's PTV
 * id, the charge type, service hours, and two description types: Description (the offering's
 * description, then its conditions as a paragraph of their own) and ChargeTypeAdditionalInfo
 * (each price, with what it covers, one per line). An empty set says {@code deleteAllChannelRelations}.
 */
public final class ConnectionMapper {

    /**
     * @param channelIds PTV id of each offering's channel, by channel code; every offering's channel must be there
     */
    public V11VmOpenApiServiceAndChannelRelationInBase toPtv(List<ServiceOffering> offerings, Map<String, String> channelIds) {
        List<V11VmOpenApiServiceServiceChannelInBase> relations = new ArrayList<>();
        for (ServiceOffering offering : offerings) {
            List<VmOpenApiLocalizedListItem> descriptions = new ArrayList<>(
                    PtvTexts.localizedItems(joined(offering.description(), offering.conditions(), "\n\n"), "Description"));
            descriptions.addAll(PtvTexts.localizedItems(prices(offering.prices()), "ChargeTypeAdditionalInfo"));
            relations.add(new V11VmOpenApiServiceServiceChannelInBase()
                    .serviceChannelId(channelIds.get(offering.channelCode()))
                    .serviceChargeType(offering.chargeType())
                    .description(descriptions)
                    .serviceHours(ChannelMapper.serviceHours(offering.serviceHours()))
                    .deleteAllDescriptions(descriptions.isEmpty())
                    .deleteAllServiceHours(offering.serviceHours().isEmpty())
                    .deleteServiceChargeType(offering.chargeType() == null));
        }
        return new V11VmOpenApiServiceAndChannelRelationInBase()
                .channelRelations(relations)
                .deleteAllChannelRelations(relations.isEmpty());
    }

    static LocalizedText joined(LocalizedText first, LocalizedText second, String separator) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String a = first.get(language).orElse(null);
            String b = second.get(language).orElse(null);
            if (a != null || b != null) {
                texts.put(language, a == null ? b : b == null ? a : a + separator + b);
            }
        }
        return LocalizedText.of(texts);
    }

    static LocalizedText prices(List<Price> prices) {
        LocalizedText all = LocalizedText.empty();
        for (Price price : prices) {
            all = joined(all, joined(price.price(), price.description(), " – "), "\n");
        }
        return all;
    }
}
