export { exportPlan } from './export-plan'
export { parsePlan } from './parse-plan'
