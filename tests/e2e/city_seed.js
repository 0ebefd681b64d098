// A realistic city written straight into a device's database, as the
// office holds it after years of import rounds: `count` communities with
// names of the length real ones have, results entered over the years from
// 2021, a roster naming every one of them (street, joining date, in scope)
// and the office's definitions. No summaries are stored: the office works
// them out, as after an upgrade.
const fs = require('node:fs');
const path = require('node:path');

const STREETS = ['那大镇', '和庆镇', '南丰镇', '大成镇', '雅星镇', '兰洋镇', '光村镇', '木棠镇', '海头镇', '峨蔓镇'];
const ROADS = ['人民路', '解放路', '中兴大街', '文化路', '先锋路', '建设路', '胜利路', '新风街', '红旗路', '东风路'];

/** The plan's item ids, in plan order. */
function planItemIds() {
  const plan = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'public', 'plans', 'danzhou-2020.json'), 'utf8'));
  return plan.areas.flatMap((area) => area.items.map((item) => item.id));
}

/** Community `k`'s name: street, road and number, about eleven characters. */
function cityName(k) {
  return `${STREETS[k % 10]}${ROADS[Math.floor(k / 10) % 10]}第${Math.floor(k / 100) + 1}社区`;
}

/**
 * Writes the city in the page (which must have opened the app once, so its
 * database exists). Community k starts on a day between March 2021 and
 * mid-2025 and rates one item a week; every third rates all items 达标
 * (and so meets the requirements by the default scoring), the others
 * some of them. Half the roster joined on the day its community started.
 */
async function seedCity(page, count) {
  await page.evaluate(async ({ count, items, names, streets }) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('danzhou-green-community');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const day = (date, days) => new Date(Date.parse(date) + days * 86_400_000);
    const iso = (d) => d.toISOString().replace('.000Z', 'Z');
    const tx = db.transaction(['communities', 'changes', 'meta'], 'readwrite');
    const entries = [];
    let seq = 0;
    for (let k = 0; k < count; k++) {
      const id = `city-${String(k).padStart(3, '0')}`;
      const start = day('2021-03-01T02:00:00Z', k * 5);
      const rated = k % 3 === 0 ? items.length : 3 + ((k * 7) % (items.length - 4));
      tx.objectStore('communities').put({ id, name: names[k], created_at: iso(start), updated_at: iso(start) });
      items.slice(0, rated).forEach((item, n) => tx.objectStore('changes').put({
        id: `${id}-${item}`, device_id: `phone-${k}`, seq: ++seq, at: iso(day(start, n * 7)), community_id: id, item_id: item,
        base: null, kind: { field: 'result', old: 'unassessed', new: 'met' }, author: '', inspection_id: null, undoes: null,
      }));
      entries.push({
        name: names[k], street: streets[k], in_scope: true,
        joined_on: k % 2 === 0 ? iso(start).slice(0, 10) : null, demonstration: k % 50 === 0, matched: [],
      });
    }
    tx.objectStore('meta').put({
      roster: { entries },
      definitions: { taking_part: 'any_item_assessed', meeting: 'verdict_by_scoring' },
      unit_plans: {}, scoring: null, narratives: [], updated_at: '2026-11-30T08:00:00Z',
    }, 'city');
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
    localStorage.setItem('danzhou-green-community-has-communities', '1');
  }, {
    count,
    items: planItemIds(),
    names: Array.from({ length: count }, (_, k) => cityName(k)),
    streets: Array.from({ length: count }, (_, k) => STREETS[k % 10]),
  });
}

module.exports = { seedCity, cityName, planItemIds };
