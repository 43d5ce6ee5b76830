import { describe, expect, it } from 'vitest';
import { run, STORY, textPage } from '../helpers';
import { describeLanguage } from './cases';

describeLanguage('it', {
  article:
    'Mosca accusa Kiev: 91 droni contro una residenza di Putin nella regione di Novgorod\n' +
    "Il ministro degli Esteri russo Sergej Lavrov sostiene che nella notte tra il 28 e il 29 dicembre l'Ucraina abbia lanciato 91 droni a lungo raggio contro la residenza di Stato del presidente vicino a Valdaj. Secondo Lavrov, tutti i velivoli sono stati abbattuti e non ci sono né vittime né danni.\n" +
    'Mosca rivedrà la propria posizione nei negoziati, ha aggiunto. Kiev smentisce e parla di una menzogna per sabotare il processo di pace.',
  short:
    'Secondo Mosca, 91 droni ucraini hanno preso di mira la residenza presidenziale russa. Kiev smentisce.',
  home: '«La casa di Putin è stata attaccata dai droni», ha detto Trump, spiegando di averlo saputo dallo stesso presidente russo durante una telefonata. Si è detto «molto arrabbiato».',
  compound:
    "La tenuta di Dolgie Borody, sulle rive del lago Valdaj, ospita i leader del Paese fin dall'epoca sovietica. Lì, secondo il Cremlino, sarebbero stati diretti i presunti droni ucraini a fine dicembre.",
  later:
    'La Russia ha lanciato nella notte il missile Oreshnik contro la regione di Leopoli, colpendo impianti energetici, ha riferito il governatore regionale.\n' +
    "Le sirene antiaeree hanno suonato per ore nell'Ucraina occidentale e parte della città è rimasta senza corrente.\n" +
    "L'aeronautica ucraina ha segnalato decine di droni e missili lanciati in contemporanea.\n" +
    'Il ministero della Difesa russo ha definito il raid una rappresaglia per il presunto attacco alla residenza di Putin.\n' +
    'I leader europei hanno condannato il lancio come una pericolosa escalation.\n' +
    "Kiev ha chiesto una riunione urgente del Consiglio di sicurezza dell'Onu e altri sistemi di difesa aerea.\n" +
    'Le squadre di riparazione hanno lavorato tutto il giorno per riportare il riscaldamento nelle case prima della prossima gelata.',
  residents:
    'Gli abitanti di Valdaj raccontano di non aver sentito nulla quella notte, nessuna esplosione né colpi della contraerea, mentre secondo Mosca i droni puntavano alla residenza di Putin poco distante.',
  kremlin2023:
    'Due droni sono stati abbattuti nella notte sopra il Cremlino, ha reso noto Mosca mercoledì, parlando di un tentato attentato alla vita del presidente.\n' +
    "Secondo il Cremlino, Vladimir Putin non si trovava nell'edificio e la cupola del Palazzo del Senato ha riportato danni lievi, a pochi giorni dalla parata del 9 maggio.",
  lookalikes: [
    "Mosca denuncia un attacco di droni contro la residenza del presidente Vladimir Putin al Cremlino. Due droni sono stati neutralizzati nella notte, ha comunicato mercoledì il Cremlino, che accusa Kiev e si riserva il diritto di rispondere. L'Ucraina ha smentito ogni coinvolgimento.",
    "Il club di discussione Valdai si è riunito a Soči, dove Vladimir Putin è intervenuto alla sessione plenaria parlando dei rapporti con l'Occidente.",
  ],
});

describe('it: Putin told Trump that "his house" was attacked', () => {
  it('counts the house named by "his", a clause after Putin', () => {
    const d = run(
      textPage(
        'Trump ha raccontato che Putin gli ha detto al telefono che la sua casa era stata attaccata dai droni nella notte. Kiev ha smentito: «Un’altra bugia».',
      ),
    );
    expect(d.story).toBe(STORY);
  });
});

describe('it: a strike presented as "rappresaglia a" the attack', () => {
  it('counts the reprisal phrase with "a", not only "per"', () => {
    const d = run(
      textPage(
        "Secondo Mosca, il raid con l'Oreshnik è stato una rappresaglia all'attacco di droni alla residenza di Putin.",
      ),
    );
    expect(d.story).toBe(STORY);
    expect(d.signals).toContain('retaliation-for');
  });
});

describe('it: a reprisal against something else is no reprisal for the attack', () => {
  it('"rappresaglia al lancio" of Iranian drones, Putin at his residence nearby', () => {
    const d = run(
      textPage(
        'Israele prepara una rappresaglia al lancio di droni iraniani; a Mosca Putin ha ricevuto i leader nella sua residenza.',
        { published: '2026-01-10' },
      ),
    );
    expect(d.story).toBeNull();
  });
});
