import { expect, test } from 'vitest';
import { PROMPT_NAME_MAX_LENGTH, promptLevelSettingsOf } from '../../src/domain/prompt-level-settings';

test('the teacher’s words for the prompt buttons are kept trimmed, with whether each is shown', () => {
  expect(promptLevelSettingsOf({})).toEqual({});
  expect(
    promptLevelSettingsOf({ peer: { shown: true }, verbal: { name: ' Say it ' }, gestural: {} }),
  ).toEqual({
    peer: { shown: true },
    verbal: { name: 'Say it' },
    gestural: {},
  });
  expect(promptLevelSettingsOf({ verbal: { name: `${'a'.repeat(PROMPT_NAME_MAX_LENGTH)}   ` } })).toEqual({
    verbal: { name: 'a'.repeat(PROMPT_NAME_MAX_LENGTH) },
  });
});

test('anything else is not such settings', () => {
  const refused: unknown[] = [
    null,
    'verbal',
    [{ shown: true }],
    { telepathic: { shown: true } },
    { verbal: { shown: 'yes' } },
    { verbal: { name: 7 } },
    { verbal: { name: 'a'.repeat(PROMPT_NAME_MAX_LENGTH + 1) } },
    { verbal: { name: 'Say it', colour: 'red' } },
    { verbal: null },
    JSON.parse('{"__proto__": {"shown": true}}'),
  ];
  for (const value of refused) expect(promptLevelSettingsOf(value), JSON.stringify(value)).toBeUndefined();
});
