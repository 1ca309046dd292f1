import type { components } from '../../lib/api';

export type OpenDataCatalogue = components['schemas']['OpenDataCatalogue'];
export type OpenDataset = components['schemas']['OpenDataset'];
export type OpenDataFeed = components['schemas']['OpenDataFeed'];
export type Webhook = components['schemas']['Webhook'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type DeliveryStatus = components['schemas']['DeliveryStatus'];
