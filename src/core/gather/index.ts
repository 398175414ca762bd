export * from './types';
export { gatherDistricts, gatherReadings, readDistrict, computations, decimalsFor } from './gather';
export { compareProvince } from './compare';
export { BY_DISTRICT_SHEET, NOTES_SHEET, stateText, sheetNamesFor } from './layout';
export { districtChecker } from './quick';
export type { DistrictChecker, QuickStats } from './quick';
