export { useCounties } from './counties';
export { referenceKeys } from './keys';
export { useMunicipalities } from './municipalities';
