import { describe, expect, it } from 'vitest';
import { remarkDirectiveAsText } from '../../src/plugins/remark-directive-as-text';
import { processorFor, readCases } from './fixture-cases';

// News prose is full of colons ("at 10:30", "Foto:bzns"); remark-directive reads
// many of them as directives. Every case here must come out as the editor wrote it.
const cases = readCases('remark-directive-as-text');
const processor = processorFor(remarkDirectiveAsText);

async function render(markdown: string): Promise<string> {
  return String(await processor.process(markdown));
}

describe('remark-directive-as-text fixtures', () => {
  // Guards the runner itself: a wrong fixture path must not pass with zero cases.
  it('finds the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)('$name', async ({ input, expected }) => {
    expect((await render(input)).trim()).toBe(expected.trim());
  });
});

describe('remark-directive-as-text', () => {
  it('keeps a photo credit word for word', async () => {
    // The Russian seed credits "Фото: bzns.media"; a missing word would misattribute the photo.
    const html = await render('Foto:bzns media');
    expect(html).toBe('<p>Foto:bzns media</p>');
  });

  it('keeps the label and attributes of an accidental directive verbatim', async () => {
    const input = 'He wrote:note[see below]{.x} twice.';
    expect(await render(input)).toBe(`<p>${input}</p>`);
  });

  it('leaves the lang container for remark-passage-lang to handle', async () => {
    // Without a passage-lang step, remark-rehype renders the untouched container as a div.
    const html = await render(':::lang{code=en}\nEnglish.\n:::');
    expect(html).toBe('<div><p>English.</p></div>');
    expect(html).not.toContain(':::');
  });
});
