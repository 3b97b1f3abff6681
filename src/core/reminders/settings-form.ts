/**
 * The "Напоминания → Настройки…" dialog as one HTML page, rendered on the server with every value
 * escaped. The page sends the form as plain JSON to `remindersSettingsSave`, which validates it
 * with the same schema as stored settings (a bad field keeps its default and says so).
 */
import { escapeHtml } from './render';
import type { ReminderSettings } from './settings';

const WEEKDAYS = ['', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница'];

function ownerBlock(w: OwnerView): string {
  const who = w.owner ? escapeHtml(w.owner) : 'не определён';
  const pending = w.pending
    ? `<p>Права передаются: ${escapeHtml(w.pending)} станет владельцем, когда войдёт в Google под этим адресом.</p>`
    : '';
  const give = w.isOwner
    ? `<label class="row"><span>Передать права владельца (адрес)<small>Hand the ownership over</small></span><input type="text" id="successor" value="${escapeHtml(w.pending ?? '')}"></label><button id="give">Передать / Hand over</button>`
    : '';
  return `<div class="owner"><p>Владелец таблицы / Owner: <b>${who}</b></p>${pending}${give}</div>`;
}

function row(label: string, en: string, control: string): string {
  return `<label class="row"><span>${escapeHtml(label)}<small>${escapeHtml(en)}</small></span>${control}</label>`;
}

const check = (name: string, on: boolean) => `<input type="checkbox" name="${name}"${on ? ' checked' : ''}>`;
const num = (name: string, v: number | null, min: number, max: number) =>
  `<input type="number" name="${name}" min="${min}" max="${max}" value="${v === null ? '' : v}">`;
const text = (name: string, v: string | null, placeholder = '', readonly = false) =>
  `<input type="text" name="${name}" value="${escapeHtml(v ?? '')}" placeholder="${escapeHtml(placeholder)}"${readonly ? ' readonly' : ''}>`;

/** Who owns the document, for the dialog: only the owner edits the coordinators or hands over. */
export interface OwnerView {
  owner: string | null;
  /** A successor named by the owner, not signed in yet. */
  pending: string | null;
  isOwner: boolean;
}

export function settingsFormHtml(
  s: ReminderSettings,
  warnings: readonly string[],
  suggested: readonly string[],
  who: OwnerView = { owner: null, pending: null, isOwner: true },
): string {
  const hours = Array.from(
    { length: 24 },
    (_, h) => `<option value="${h}"${h === s.hour ? ' selected' : ''}>${String(h).padStart(2, '0')}:00</option>`,
  ).join('');
  const days = WEEKDAYS.slice(1)
    .map((d, i) => `<option value="${i + 1}"${i + 1 === s.weeklyWeekday ? ' selected' : ''}>${d}</option>`)
    .join('');
  // Who receives the escalations is shown as a value, never as a grey placeholder: with none saved,
  // the daily run writes to the head and deputies of Сотрудники (withAudience), so the form says so.
  const fromStaff = s.coordinators.length === 0 && suggested.length > 0;
  const shownCoordinators = fromStaff ? suggested : s.coordinators;
  const warn = warnings.length
    ? `<div class="warn">${warnings.map((w) => `<p>${escapeHtml(w)}</p>`).join('')}</div>`
    : '';
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><style>
body{font:13px/1.4 Arial,sans-serif;color:#202124;margin:12px}
.row{display:flex;justify-content:space-between;align-items:center;gap:12px;padding:5px 0;border-bottom:1px solid #eee}
.row span{flex:1}.row small{display:block;color:#80868b}
input[type=text]{width:260px}input[type=number]{width:70px}
.warn{background:#fef7e0;border:1px solid #f9ab00;padding:6px 10px;margin-bottom:8px}.warn p{margin:2px 0}
.bar{margin-top:12px;display:flex;gap:8px;align-items:center}
button{padding:6px 14px;border-radius:4px;border:1px solid #dadce0;background:#fff;cursor:pointer}
button.primary{background:#1a73e8;color:#fff;border-color:#1a73e8}#msg{color:#188038}#msg.err{color:#d93025}
</style></head><body>
${warn}
<form id="f">
${row('Напоминания включены', 'Reminders on', check('enabled', s.enabled))}
${row('Час отправки (время таблицы)', 'Hour of sending', `<select name="hour">${hours}</select>`)}
${row('Только по будним дням', 'Weekdays only', check('weekdaysOnly', s.weekdaysOnly))}
${row('За сколько дней до срока (через запятую)', 'Days before the deadline', text('daysBefore', s.daysBefore.join(', '), '7, 1'))}
${row('Напоминать в день срока', 'On the day', check('onTheDay', s.onTheDay))}
${row('После срока: каждые N дней', 'After the deadline: every N days', num('overdueEveryDays', s.overdueEveryDays, 1, 60))}
${row('После срока: не больше M раз', '… up to M times', num('overdueTimes', s.overdueTimes, 0, 30))}
${row('Сообщать координаторам через K дней просрочки (пусто — никогда)', 'Escalate after K days', num('escalateAfterDays', s.escalateAfterDays, 0, 365))}
${row(
  who.isOwner ? 'Координаторы (адреса через запятую)' : 'Координаторы (меняет только владелец таблицы)',
  fromStaff
    ? 'Не сохранены: сейчас письма координаторам получают эти адреса из «Сотрудников» (директор, заместители). Coordinators'
    : 'Coordinators',
  text('coordinators', shownCoordinators.join(', '), '', !who.isOwner),
)}
${row('Руководитель (адрес)', 'Head', text('head', s.head, 'director@school.ru'))}
${row('Еженедельная сводка координаторам и руководителю', 'Weekly summary', check('weeklySummary', s.weeklySummary))}
${row('День сводки', 'Summary day', `<select name="weeklyWeekday">${days}</select>`)}
${row('Напоминать о начале мероприятия', 'Remind when an activity starts', check('remindOnStart', s.remindOnStart))}
${row('Адрес для ответа', 'Reply-to', text('replyTo', s.replyTo))}
${row('Имя отправителя', 'Sender name', text('senderName', s.senderName))}
${row('Язык писем', 'Language', `<select name="language"><option value="ru"${s.language === 'ru' ? ' selected' : ''}>русский</option><option value="en"${s.language === 'en' ? ' selected' : ''}>English</option></select>`)}
</form>
${ownerBlock(who)}
<div class="bar"><button class="primary" id="save">Сохранить / Save</button><button id="close">Закрыть / Close</button><span id="msg"></span></div>
<script>
(function(){
  var f=document.getElementById('f'),msg=document.getElementById('msg');
  function val(n){return f.elements[n]}
  function list(s){return s.split(/[,;\\s]+/).map(function(x){return x.trim()}).filter(Boolean)}
  function collect(){
    var esc=val('escalateAfterDays').value.trim();
    return {enabled:val('enabled').checked,hour:Number(val('hour').value),weekdaysOnly:val('weekdaysOnly').checked,
      daysBefore:list(val('daysBefore').value).map(Number),onTheDay:val('onTheDay').checked,
      overdueEveryDays:Number(val('overdueEveryDays').value),overdueTimes:Number(val('overdueTimes').value),
      escalateAfterDays:esc===''?null:Number(esc),coordinators:list(val('coordinators').value),head:val('head').value.trim()||null,
      weeklySummary:val('weeklySummary').checked,weeklyWeekday:Number(val('weeklyWeekday').value),remindOnStart:val('remindOnStart').checked,
      replyTo:val('replyTo').value.trim()||null,senderName:val('senderName').value,language:val('language').value};
  }
  document.getElementById('save').onclick=function(){
    msg.className='';msg.textContent='Сохранение…';
    google.script.run.withSuccessHandler(function(r){
      msg.className=r.warnings.length?'err':'';
      msg.textContent=r.warnings.length?r.warnings.join(' '):'Сохранено. / Saved.';
    }).withFailureHandler(function(e){msg.className='err';msg.textContent='Ошибка: '+(e&&e.message||e);}).remindersSettingsSave(collect());
  };
  var give=document.getElementById('give');
  if(give)give.onclick=function(){
    var email=document.getElementById('successor').value.trim();
    msg.className='';msg.textContent='Сохранение…';
    google.script.run.withSuccessHandler(function(r){
      msg.className='';msg.textContent=r.pending?('Права перейдут к '+r.pending+', когда он(а) войдёт под этим адресом.'):'Передача отменена.';
    }).withFailureHandler(function(e){msg.className='err';msg.textContent='Ошибка: '+(e&&e.message||e);}).accessTransferOwner({email:email});
  };
  document.getElementById('close').onclick=function(){google.script.host.close()};
})();
</script></body></html>`;
}
