import type { Messages } from '../en.ts';

export const apiTokensHu: Messages['apiTokens'] = {
  title: 'API-tokenek',
  description:
    'A szkriptek és integrációk – például a használati adatok feedje – API-tokennel jelentkeznek be. A token az őt létrehozó adminisztrátor nevében, annak szerepköreivel működik.',
  notAllowed: 'API-tokeneket csak teljes jogú adminisztrátorok és gyártói operátorok kezelhetnek.',
  create: 'Token létrehozása',
  createTitle: 'API-token létrehozása',
  name: 'Név',
  nameHint: 'Mire szolgál a token, pl. „Használati adatok a telefonplatformról”.',
  cancel: 'Mégse',
  createdTitle: 'Másolja ki az új tokent',
  createdWarning:
    'A token csak most az egyszer látható. Tárolja biztonságos helyen; ha elvész, vonja vissza, és hozzon létre újat.',
  secretLabel: 'Token',
  copy: 'Másolás',
  copied: 'Kimásolva',
  usage: 'Minden kéréssel így küldje el:',
  done: 'Kész',
  createdBy: 'Létrehozta',
  created: 'Létrehozva',
  lastUsed: 'Utoljára használva',
  never: 'Soha',
  status: 'Állapot',
  active: 'Aktív',
  revoked: 'Visszavonva',
  revokedOn: 'Visszavonva: {{date}}',
  actions: 'Műveletek',
  revoke: 'Visszavonás',
  revokeNamed: '{{name}} visszavonása',
  revokeTitle: 'Visszavonja a(z) „{{name}}” tokent?',
  revokeBody:
    'Mostantól minden kérés ezzel a tokennel elutasításra kerül. Az ezt használó szkriptek leállnak. Ez nem vonható vissza.',
  revokedToast: 'A(z) „{{name}}” token visszavonva.',
  createdToast: 'A(z) „{{name}}” token létrehozva.',
  empty:
    'Még nincs API-token. Hozzon létre egyet a használati adatok küldéséhez vagy a munka API-n keresztüli automatizálásához.',
  failed: 'Ez nem sikerült. Próbálja újra.',
  count_one: '{{count}} token',
  count_other: '{{count}} token',
};
