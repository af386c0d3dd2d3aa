export { createDemoAccount, DEMO_PIXEL_ID, DEMO_PIXELS, type DemoAccount } from './demo-account'
export { generateAccount, type GenerateOptions } from './generate-account'
export { COUNTRY, DEMO_LOCATIONS } from './markets'
export { demoAdvertiserInfo, demoIdentities, demoProfile, DEMO_BC_ID, DEMO_TT_USER_ID } from './demo-identities'
