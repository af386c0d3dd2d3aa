export { exportAccountCsv } from './export-csv'
export { parseAccountCsv } from './parse-csv'
export { COLUMNS, type Column } from './columns'
