/**
 * What the engine reports of locales, which esemu does not otherwise keep (docs/differences.md, Unicode text keys):
 * the instance's default locale, en-US (os/norm.cxx), as an LCID and as the LANGID that LangidFromLcid takes from
 * it (the low 16 bits), the engine's default country (norm.hxx countryDefault) and code page.
 */
export const LCID_EN_US = 1033;
export const LANGID_DEFAULT = LCID_EN_US & 0xffff;
export const COUNTRY_DEFAULT = 1;
export const CP_WESTERN = 1252;
