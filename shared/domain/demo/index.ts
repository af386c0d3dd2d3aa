export { createDemoAccount, type DemoAccount } from './demo-account'
export { generateAccount, type GenerateOptions } from './generate-account'
export { COUNTRY, MARKETS, type Market } from './markets'
