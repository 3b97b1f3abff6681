import { isBoldMarkup, stripMarkup } from '../../../src/core/table/markup';

describe('markup of pasted text', () => {
  it('removes tags and keeps every word', () => {
    expect(stripMarkup('<b>2.1. Подготовка к ВМКДО.</b>')).toBe('2.1. Подготовка к ВМКДО.');
    expect(stripMarkup('<p>один</p> <p>-два;</p>')).toBe('один\n-два;');
    expect(stripMarkup('**План – график**')).toBe('План – график');
    expect(stripMarkup('### ПЛАН')).toBe('ПЛАН');
    expect(stripMarkup('a<br/>b &laquo;c&raquo; &amp; d&nbsp;e')).toBe('a\nb «c» & d e');
  });
  it('leaves text that only looks like markup', () => {
    expect(stripMarkup('5 < 6 и 7 > 3')).toBe('5 < 6 и 7 > 3');
    expect(stripMarkup('  два   пробела ')).toBe('два пробела');
  });
  it('says when a whole cell is bold', () => {
    expect(isBoldMarkup('<b>Этап IV</b>')).toBe(true);
    expect(isBoldMarkup('<p><b>Этап IV</b></p>')).toBe(true);
    expect(isBoldMarkup('**ПЛАН**')).toBe(true);
    expect(isBoldMarkup('Этап <b>IV</b>')).toBe(false);
    expect(isBoldMarkup('обычный')).toBe(false);
  });
});
