/** UI strings of offline use: the installed app's name and the new-version notice. `en` must have exactly zh's keys. */
import type { StringsOf } from '../translate.ts';

export const zh = {
  'offline.shortName': '注意力',
  'offline.updated': '课程有了新版本。',
  'offline.reload': '重新载入',
  'offline.updatedElsewhere': '课程已在另一个标签页中更新。重新载入本页即可使用新版本，你在本页填写的内容会丢失。',
  'offline.ready': '课程已保存，断网后也能打开。',
} as const;

export const en: StringsOf<typeof zh> = {
  'offline.shortName': 'Attention',
  'offline.updated': 'A new version of the course is available.',
  'offline.reload': 'Reload',
  'offline.updatedElsewhere': 'The course was updated in another tab. Reload this page to use the new version; what you typed on this page will be lost.',
  'offline.ready': 'The course is saved and will open without a connection.',
};

export type OfflineKey = keyof typeof zh;
