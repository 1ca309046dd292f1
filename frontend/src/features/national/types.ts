import type { Schemas } from '../../lib/api';

export type NationalOverview = Schemas['NationalOverview'];
export type CountyComparison = Schemas['CountyComparison'];
export type NationalFigures = Schemas['NationalFigures'];
export type MunicipalityLok = Schemas['MunicipalityLok'];
export type NationalIndicatorValue = Schemas['NationalIndicatorValue'];
export type NationalIndicatorValuePage = Schemas['NationalIndicatorValuePage'];
