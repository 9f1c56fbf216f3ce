export { exportXlsForm } from './export';
export { importXlsForm } from './import';
export * from './types';
