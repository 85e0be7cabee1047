import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../src/lib/pii/detectors.ts';
import { givenNamesOfLatvianDictionary } from '../../../src/lib/pii/given-names-source.ts';
import { findPersonNames } from '../../../src/lib/pii/person-names.ts';
import data from '../../../src/lib/pii/given-names.json' with { type: 'json' };

/**
 * Sentences as groups and editors write them in strengths, areas for improvement, plans and press
 * releases of this field: each names one person (given name and surname, any case ending).
 */
const WITH_NAMES = [
  'Direktore Ilze Ozola katru mēnesi tiekas ar darbiniekiem.',
  'Plānu sagatavoja sociālā darbiniece Anna Kalniņa.',
  'Par kvalitāti atbild vadītājas vietnieks Jānis Bērziņš.',
  'Mācības vadīja Rūta Kazlauskienė no Kauņas.',
  'Klientu aptauju organizēja Inese Liepiņa un viņas komanda.',
  'Sanāksmē piedalījās arī Pēteris Ozoliņš.',
  'Ar Jāni Bērziņu var sazināties pa tālruni.',
  'Paldies Dacei Krūmiņai par ieguldīto darbu!',
  'Supervīzijas vada psiholoģe Kristīne Zariņa.',
  'Andris Vītols izstrādāja jauno darbinieku ievadprogrammu.',
  'Iekšējo auditu veica Juris Kalējs un Māris Lācis.',
  'Grāmatvedībā strādā Gunta Siliņa jau divdesmit gadus.',
  'Aivars Jansons ir atbildīgs par ēkas uzturēšanu.',
  'Edgars Pētersons vada transporta dienestu.',
  'Sandra Eglīte sagatavoja jauno aprūpes plānu veidlapu.',
  'Klientu padomes priekšsēdētāja ir Inga Vanaga.',
  'Metodiķe Laura Cīrule palīdzēja ieviest CAF modeli.',
  'Zane Strazdiņa vada brīvprātīgo programmu.',
  'Jauno mājaslapu uzturēja Linda Āboliņa.',
  'Agnese Kļaviņa koordinē sadarbību ar skolām.',
  'Sanita Grīnberga ir kvalitātes vadītāja.',
  'Darba grupā bija Baiba Auziņa, Aija Dreimane un citi.',
  'Ināra Krastiņa vadīja pašnovērtējuma grupu.',
  'Valdis Ziemelis atbild par finansēm.',
  'Ar Gunti Rozīti saskaņoja budžetu.',
  'Normunds Kalniņš uzsāka jaunu projektu.',
  'Raimonds Sproģis organizēja darbinieku apmācības.',
  'Artūrs Balodis ir jaunais sociālais darbinieks.',
  'Kaspars Lapiņš pārrunāja rezultātus ar darbiniekiem.',
  'Mārtiņš Zālītis izveidoja jauno lietu reģistru.',
  'Par IT sistēmām rūpējas Rihards Dzenis.',
  'Toms Liepa ir brīvprātīgo koordinators.',
  'Elīna Ozoliņa sagatavoja klientu aptaujas anketu.',
  'Evija Bērziņa vada atbalsta grupu vecākiem.',
  'Dina Krūze veica darbinieku intervijas.',
  'Maija Putniņa pārstāv iestādi pašvaldības komisijā.',
  'Rasma Vilka strādā par aprūpētāju jau 15 gadus.',
  'Kārlis Jaunzems ieviesa elektronisko dokumentu apriti.',
  'Vilma Grāvīte organizē klientu pasākumus.',
  'Signe Riekstiņa ir jaunā ergoterapeite.',
  'Santa Pūre sagatavoja gada pārskatu.',
  'Solvita Mežule atbild par klientu sūdzībām.',
  'Ligita Meldere vada mājas aprūpes nodaļu.',
  'Irēna Kalve ir klientu pārstāve padomē.',
  'Olga Ivanova strādā par sociālo aprūpētāju.',
  'Natālija Petrova vada krievu valodas grupu.',
  'Sergejs Kuzņecovs remontēja telpas.',
  'Aleksandrs Smirnovs ir saimniecības pārzinis.',
  'Svetlana Volkova organizēja labdarības koncertu.',
  'Tatjana Orlova vada dienas centru.',
  'Ludmila Sokolova ir medmāsa.',
  'Marija Ābele koordinēja brīvprātīgo darbu.',
  'Ar Annu Kalniņu vienojāmies par jaunu grafiku.',
  'Ilzes Ozolas priekšlikums tika atbalstīts.',
  'Par to ziņoja Kristīnei Zariņai.',
  'Jāņa Bērziņa vadībā izveidota darba grupa.',
  'Mokymus vedė Aušra Petrauskienė.',
  'Projektą koordinavo Daiva Jankauskaitė.',
  'Su Ona Kazlauskiene aptarėme planą.',
  'Įstaigai vadovauja Tomas Petrauskas.',
  'Darbuotojų mokymus organizavo Jonas Kazlauskas.',
  'Mūsu iestādē strādā Līga Bērziņa.',
  'Ieva Kalniņa vadīja mācības.',
  'Uldis Ozols ir valdes priekšsēdētājs.',
];

/**
 * Sentences of the same kind without a person: institutions, municipalities, streets named after
 * people, programmes, places, and capitalised words at a sentence's start.
 */
const WITHOUT_NAMES = [
  'Eiropas Sociālā fonda projekts palīdzēja ieviest CAF modeli.',
  'Sadarbība ar Rīgas Sociālo dienestu ir laba.',
  'Rīgas Sociālais dienests organizē mācības.',
  'Klienti dzīvo Aizvīķos un apkārtējos ciemos.',
  'Centrs atrodas Krišjāņa Barona ielā 12.',
  'Filiāle pārcēlās uz Kārļa Ulmaņa gatvi.',
  'Darbinieki apmeklēja Paula Stradiņa slimnīcu.',
  'Sadarbība ar Jāņa Poruka vidusskolu turpinās.',
  'Labklājības ministrija apstiprināja jauno kārtību.',
  'Valsts sociālās aprūpes centrs "Kurzeme" piedalās pilotā.',
  'Liepājas pilsētas pašvaldība piešķīra finansējumu.',
  'Ogres novada sociālais dienests ievieš CAF.',
  'Daugavpils Universitāte palīdzēja ar aptauju.',
  'Latvijas Universitātes studenti veica praksi.',
  'Sadarbojamies ar Latvijas Sarkano Krustu.',
  'Klientu padome tiekas reizi ceturksnī.',
  'Vadītāja katru mēnesi tiekas ar darbiniekiem.',
  'Darbinieki regulāri piedalās supervīzijās.',
  'Klientu apmierinātības aptauju veicam katru gadu.',
  'Iestādē ir skaidri aprakstīti procesi.',
  'Jaunajiem darbiniekiem ir ievadapmācība.',
  'Trūkst sistemātiskas darbinieku kompetenču novērtēšanas.',
  'Budžeta plānošanā netiek iesaistīti darbinieki.',
  'Nav izstrādāts riska vadības plāns.',
  'Mājaslapā publicējam pakalpojumu aprakstus.',
  'Sadarbība ar Valsts darba inspekciju ir regulāra.',
  'Nodarbinātības Valsts Aģentūra piedāvā kursus.',
  'Sabiedrības Integrācijas Fonds atbalstīja projektu.',
  'Projekts "Atbalsts Ģimenēm" ilga divus gadus.',
  'Mūsu partneri ir Latvijas Pašvaldību savienība un biedrības.',
  'Valmieras Sociālās Aprūpes Centrs dalās pieredzē.',
  'Jelgavas Novada Pašvaldība organizēja konferenci.',
  'Vidzemes Plānošanas Reģions sniedza konsultācijas.',
  'Latgales reģionā trūkst speciālistu.',
  'Kurzemē ir daudz vientuļo klientu.',
  'Ziemassvētku Pasākums notika decembrī.',
  'Jāņu ielīgošanā piedalījās visi klienti.',
  'Lieldienu Tirdziņā klienti pārdeva savus darbus.',
  'Darbinieki apguva Microsoft Excel pamatus.',
  'Izmantojam Google Forms aptaujām.',
  'Mācības notika Zoom Platformā.',
  'CAF Modelis palīdz sistemātiski uzlabot darbu.',
  'ESF projekts "Profesionāla Sociālā Darba Attīstība" ilga trīs gadus.',
  'Iestāde atrodas Brīvības ielā 5, Rīgā.',
  'Filiāle "Saulstari" atrodas Siguldā.',
  'Centrs "Ābeles" pieņem klientus arī brīvdienās.',
  'Dienas centrs "Ozoli" darbojas kopš 2010. gada.',
  'Pansionāts "Rūja" ir modernizēts.',
  'Sociālās aprūpes centrs "Tērvete" saņēma balvu.',
  'Aprūpes māja "Priedes" paplašināja telpas.',
  'Klientus pārvadājam ar Volkswagen Transporter busiņu.',
  'Sadarbība ar Valsts Policiju uzlabojās.',
  'Informāciju saņemam no Veselības Inspekcijas.',
  'Valsts Kontrole veica revīziju.',
  'Tiesībsarga Birojs sniedza atzinumu.',
  'Klientu tiesības aprakstītas Iekšējos Noteikumos.',
  'Darbinieki saņēma Atzinības Rakstus.',
  'Plānošanas Dokuments tika apstiprināts valdē.',
  'Socialinės globos centras bendradarbiauja su savivaldybe.',
  'Vilniaus Universitetas padėjo atlikti apklausą.',
  'Kauno Miesto Savivaldybė skyrė lėšų.',
  'Darbuotojai dalyvavo mokymuose Vilniuje.',
  'Europos Socialinio Fondo projektas padėjo įdiegti CAF.',
  'Lietuvos Raudonasis Kryžius teikia paramą.',
];

describe('names of people in free text', () => {
  const named = (text: string) => findPersonNames(text).length > 0;
  const found = WITH_NAMES.filter(named);
  const alarms = WITHOUT_NAMES.filter(named);
  const recall = found.length / WITH_NAMES.length;
  const falsePositives = alarms.length / WITHOUT_NAMES.length;

  it('are the proper nouns the Latvian dictionary gives diminutives, never places', () => {
    const dic = [
      '5',
      'Ilze/SsTt po:lietv5i',
      'Jānis/QqRr po:lietv2i',
      'Mārtiņš/OoPp po:lietv1i',
      'Rīga/S po:lietv4i',
      'Aizvīķi/o po:lietv2i',
      'ozols/OoPp po:lietv1r',
    ].join('\n');
    expect(givenNamesOfLatvianDictionary(dic)).toEqual(['Ilze', 'Jānis', 'Mārtiņš']);
  });

  it('come from the Latvian Hunspell dictionary, with its source named', () => {
    expect(data.source).toMatch(/^npm dictionary-lv \d+\.\d+\.\d+/);
    expect(data.lv.length).toBeGreaterThan(1000);
    expect(data.lv).toContain('Ilze');
    expect(data.lv).not.toContain('Rīga');
    expect(data.lv).not.toContain('Aizvīķi');
  });

  it('are found in at least 95 % of sentences naming a person, with at most 5 % false alarms', () => {
    expect(WITH_NAMES.length).toBeGreaterThanOrEqual(60);
    expect(WITHOUT_NAMES.length).toBeGreaterThanOrEqual(60);
    // The figures, for the record: recall and false-positive rate on these sentences.
    console.log(
      `person names: recall ${found.length}/${WITH_NAMES.length} = ${recall.toFixed(3)}, ` +
        `false positives ${alarms.length}/${WITHOUT_NAMES.length} = ${falsePositives.toFixed(3)}`,
      { missed: WITH_NAMES.filter((t) => !named(t)), alarms },
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falsePositives).toBeLessThanOrEqual(0.05);
  });

  it('are masked, and reported as a person', () => {
    const findings = findPersonalData('Direktore Ilze Ozola katru mēnesi tiekas ar darbiniekiem.');
    expect(findings).toEqual([
      { kind: 'person', index: 10, match: 'Ilze Ozola', masked: 'I*** O****' },
    ]);
  });

  it('are not looked for in a text an editor reviewed', () => {
    expect(findPersonalData('Direktore Ilze Ozola.', [], { people: false })).toEqual([]);
  });
});
