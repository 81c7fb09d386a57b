import type { SpeechProfile } from './api-schemas';

/**
 * Voices the product offers when no 8x8 account is connected, and the ones the
 * sandbox accepts: those used in 8x8's guides and samples plus common locales.
 */
export const builtinSpeechProfiles: SpeechProfile[] = [
  { speechProfileCode: 'en-US-BenjaminRUS', localeCode: 'en-US', localeDescription: 'EnglishUS', gender: 'M' },
  { speechProfileCode: 'en-US-ZiraRUS', localeCode: 'en-US', localeDescription: 'EnglishUS', gender: 'F' },
  { speechProfileCode: 'en-US-Standard-A', localeCode: 'en-US', localeDescription: 'EnglishUS', gender: 'F' },
  { speechProfileCode: 'en-US-Neural2-C', localeCode: 'en-US', localeDescription: 'EnglishUS', gender: 'F' },
  { speechProfileCode: 'en-GB-Emma', localeCode: 'en-GB', localeDescription: 'EnglishUK', gender: 'F' },
  { speechProfileCode: 'en-AU-Catherine', localeCode: 'en-AU', localeDescription: 'EnglishAustralia', gender: 'F' },
  { speechProfileCode: 'da-DK-Naja', localeCode: 'da-DK', localeDescription: 'Danish', gender: 'F' },
  { speechProfileCode: 'de-DE-Hedda', localeCode: 'de-DE', localeDescription: 'German', gender: 'F' },
  { speechProfileCode: 'fr-FR-Julie', localeCode: 'fr-FR', localeDescription: 'French', gender: 'F' },
  { speechProfileCode: 'es-ES-Laura', localeCode: 'es-ES', localeDescription: 'Spanish', gender: 'F' },
  { speechProfileCode: 'zh-CN-HuihuiRUS', localeCode: 'zh-CN', localeDescription: 'Chinese', gender: 'F' },
  { speechProfileCode: 'ja-JP-Ayumi', localeCode: 'ja-JP', localeDescription: 'Japanese', gender: 'F' },
];
