export { listSearch } from './listSearch';
export * as loadOptions from './loadOptions';
