export { createDemoAccount, type DemoAccount } from './demo-account'
export { generateAccount, type GenerateOptions } from './generate-account'
export { COUNTRY, DEMO_LOCATIONS } from './markets'
