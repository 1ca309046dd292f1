import type { Schemas } from '../../lib/api';

export type OpenDataCatalogue = Schemas['OpenDataCatalogue'];
export type OpenDataset = Schemas['OpenDataset'];
export type OpenDataFeed = Schemas['OpenDataFeed'];
export type Webhook = Schemas['Webhook'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type DeliveryStatus = Schemas['DeliveryStatus'];
