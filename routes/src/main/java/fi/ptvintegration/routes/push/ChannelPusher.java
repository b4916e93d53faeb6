package fi.ptvintegration.routes.push;

import fi.ptvintegration.pat.model.EChannel;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.PhoneChannel;
import fi.ptvintegration.pat.model.PrintableFormChannel;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.model.ServiceChannel;
import fi.ptvintegration.pat.model.ServiceLocationChannel;
import fi.ptvintegration.pat.model.WebPageChannel;
import fi.ptvintegration.ptv.client.PtvApiException;
import fi.ptvintegration.ptv.client.PtvClient;
import fi.ptvintegration.ptv.client.generated.model.V10VmOpenApiPrintableFormChannelIn;
import fi.ptvintegration.ptv.client.generated.model.V10VmOpenApiPrintableFormChannelInBase;
import fi.ptvintegration.ptv.client.generated.model.V10VmOpenApiWebPageChannelIn;
import fi.ptvintegration.ptv.client.generated.model.V10VmOpenApiWebPageChannelInBase;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiElectronicChannel;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiElectronicChannelIn;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiElectronicChannelInBase;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiPhoneChannel;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiPhoneChannelIn;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiPhoneChannelInBase;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiPrintableFormChannel;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiServiceLocationChannel;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiServiceLocationChannelIn;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiServiceLocationChannelInBase;
import fi.ptvintegration.ptv.client.generated.model.V11VmOpenApiWebPageChannel;
import fi.ptvintegration.routes.mapping.ChannelMapper;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The five service-channel kinds: {@link ChannelMapper}, the owning organisation resolved to its
 * PTV id, and the channel kind's own PTV operations. All kinds share PTV's ServiceChannel
 * sourceId namespace.
 */
public final class ChannelPusher implements PtvItemPusher {

    /** Lists of the channel IN models the PAT model owns (a PUT clears them when empty). */
    private static final Set<String> OWNED = Set.of("serviceHours", "webPages", "supportEmails", "supportPhones", "phoneNumbers",
            "emails", "addresses", "channelUrls", "deliveryAddresses");

    private final RecordKind kind;
    private final ChannelMapper mapper = new ChannelMapper();

    private ChannelPusher(RecordKind kind) {
        this.kind = kind;
    }

    /** One pusher per channel kind. */
    public static List<PtvItemPusher> all() {
        return List.of(new ChannelPusher(RecordKind.ECHANNEL), new ChannelPusher(RecordKind.PHONE),
                new ChannelPusher(RecordKind.SERVICE_LOCATION), new ChannelPusher(RecordKind.PRINTABLE_FORM),
                new ChannelPusher(RecordKind.WEB_PAGE));
    }

    @Override
    public RecordKind kind() {
        return kind;
    }

    @Override
    public String ptvPath() {
        return "ServiceChannel/" + switch (kind) {
            case ECHANNEL -> "EChannel";
            case PHONE -> "Phone";
            case SERVICE_LOCATION -> "ServiceLocation";
            case PRINTABLE_FORM -> "PrintableForm";
            default -> "WebPage";
        };
    }

    @Override
    public Object toPtv(PatRecord record, String sourceId, PtvIdLookup references) throws SQLException {
        ServiceChannel channel = (ServiceChannel) record;
        String organizationId = references.ptvId(RecordKind.ORGANIZATION, channel.organizationCode(), "organizationCode");
        if (channel instanceof EChannel c) {
            return mapper.echannel(c, sourceId, organizationId);
        } else if (channel instanceof PhoneChannel c) {
            return mapper.phone(c, sourceId, organizationId);
        } else if (channel instanceof ServiceLocationChannel c) {
            return mapper.serviceLocation(c, sourceId, organizationId);
        } else if (channel instanceof PrintableFormChannel c) {
            return mapper.printableForm(c, sourceId, organizationId);
        }
        return mapper.webPage((WebPageChannel) channel, sourceId, organizationId);
    }

    @Override
    public SavedItem create(PtvClient client, Object body) throws PtvApiException {
        if (body instanceof V11VmOpenApiElectronicChannelIn in) {
            V11VmOpenApiElectronicChannel saved = client.createEChannel(in);
            return new SavedItem(id(saved.getId()), saved.getPublishingStatus(), saved);
        } else if (body instanceof V11VmOpenApiPhoneChannelIn in) {
            V11VmOpenApiPhoneChannel saved = client.createPhoneChannel(in);
            return new SavedItem(id(saved.getId()), saved.getPublishingStatus(), saved);
        } else if (body instanceof V11VmOpenApiServiceLocationChannelIn in) {
            V11VmOpenApiServiceLocationChannel saved = client.createServiceLocationChannel(in);
            return new SavedItem(id(saved.getId()), saved.getPublishingStatus(), saved);
        } else if (body instanceof V10VmOpenApiPrintableFormChannelIn in) {
            V11VmOpenApiPrintableFormChannel saved = client.createPrintableFormChannel(in);
            return new SavedItem(id(saved.getId()), saved.getPublishingStatus(), saved);
        }
        V11VmOpenApiWebPageChannel saved = client.createWebPageChannel((V10VmOpenApiWebPageChannelIn) body);
        return new SavedItem(id(saved.getId()), saved.getPublishingStatus(), saved);
    }

    @Override
    public SavedItem update(PtvClient client, String ptvId, String sourceId, Object body) throws PtvApiException {
        var json = client.objectMapper();
        if (body instanceof V11VmOpenApiElectronicChannelIn) {
            var update = FullUpdate.of(json, body, V11VmOpenApiElectronicChannelInBase.class, OWNED);
            V11VmOpenApiElectronicChannel saved = ptvId != null ? client.updateEChannelById(ptvId, update)
                    : client.updateEChannelBySourceId(sourceId, update);
            return new SavedItem(id(saved.getId()), saved.getPublishingStatus(), saved);
        } else if (body instanceof V11VmOpenApiPhoneChannelIn) {
            var update = FullUpdate.of(json, body, V11VmOpenApiPhoneChannelInBase.class, OWNED);
            V11VmOpenApiPhoneChannel saved = ptvId != null ? client.updatePhoneChannelById(ptvId, update)
                    : client.updatePhoneChannelBySourceId(sourceId, update);
            return new SavedItem(id(saved.getId()), saved.getPublishingStatus(), saved);
        } else if (body instanceof V11VmOpenApiServiceLocationChannelIn) {
            var update = FullUpdate.of(json, body, V11VmOpenApiServiceLocationChannelInBase.class, OWNED);
            V11VmOpenApiServiceLocationChannel saved = ptvId != null ? client.updateServiceLocationChannelById(ptvId, update)
                    : client.updateServiceLocationChannelBySourceId(sourceId, update);
            return new SavedItem(id(saved.getId()), saved.getPublishingStatus(), saved);
        } else if (body instanceof V10VmOpenApiPrintableFormChannelIn) {
            var update = FullUpdate.of(json, body, V10VmOpenApiPrintableFormChannelInBase.class, OWNED);
            V11VmOpenApiPrintableFormChannel saved = ptvId != null ? client.updatePrintableFormChannelById(ptvId, update)
                    : client.updatePrintableFormChannelBySourceId(sourceId, update);
            return new SavedItem(id(saved.getId()), saved.getPublishingStatus(), saved);
        }
        var update = FullUpdate.of(json, body, V10VmOpenApiWebPageChannelInBase.class, OWNED);
        V11VmOpenApiWebPageChannel saved = ptvId != null ? client.updateWebPageChannelById(ptvId, update)
                : client.updateWebPageChannelBySourceId(sourceId, update);
        return new SavedItem(id(saved.getId()), saved.getPublishingStatus(), saved);
    }

    private static String id(java.util.UUID id) {
        return id == null ? null : id.toString();
    }
}
