/**
 * The toolbar's locale → the catalogue whose words the components show (the i18n helper's part of .storybook).
 * A locale without a catalogue of its own (en-GB, he-IL) keeps the English words with its own dates and direction.
 */
import { en, type Messages } from "@workshop-kit/react";
import { ar } from "@workshop-kit/react/messages/ar";
import { de } from "@workshop-kit/react/messages/de";
import { es } from "@workshop-kit/react/messages/es";
import { fr } from "@workshop-kit/react/messages/fr";
import { ja } from "@workshop-kit/react/messages/ja";
import { ko } from "@workshop-kit/react/messages/ko";
import { pt } from "@workshop-kit/react/messages/pt";
import { zhCN } from "@workshop-kit/react/messages/zh-CN";

const BY_LANGUAGE: Record<string, Messages> = { ar, de, en, es, fr, ja, ko, pt, zh: zhCN };

/** The catalogue for a toolbar locale, with that locale for dates and times. */
export function messagesFor(locale: string): Messages {
  const catalogue = BY_LANGUAGE[locale.split("-")[0] ?? "en"] ?? en;
  return catalogue.locale === locale ? catalogue : { ...catalogue, locale };
}
