import type { components } from '../../lib/api';

export type NationalOverview = components['schemas']['NationalOverview'];
export type CountyComparison = components['schemas']['CountyComparison'];
export type NationalFigures = components['schemas']['NationalFigures'];
export type MunicipalityLok = components['schemas']['MunicipalityLok'];
export type NationalIndicatorValue = components['schemas']['NationalIndicatorValue'];
export type NationalIndicatorValuePage = components['schemas']['NationalIndicatorValuePage'];
