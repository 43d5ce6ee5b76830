import { describeLanguage } from './cases';

describeLanguage('et', {
  article:
    'Venemaa süüdistab Ukrainat droonirünnakus Putini residentsile Novgorodi oblastis\n' +
    'Venemaa välisminister Sergei Lavrov väidab, et Ukraina saatis 28. ja 29. detsembri öösel presidendi riikliku residentsi pihta Valdai lähedal 91 kaugmaadrooni. Lavrovi sõnul tulistas õhutõrje kõik alla ning keegi viga ei saanud.\n' +
    'Venemaa vaatab oma läbirääkimispositsiooni üle, lisas Lavrov. Kiiev eitab rünnakut ja nimetab seda valeks, mille eesmärk on rahuprotsessi nurjata.',
  short:
    'Venemaa väitel suunati presidendi residentsi pihta 91 Ukraina drooni. Kiiev eitab rünnakut.',
  home: '„Putini maja rünnati,“ ütles Trump ja lisas, et kuulis droonirünnakust Venemaa presidendilt endalt telefonikõne ajal. Ta ütles, et on väga vihane.',
  compound:
    'Dolgije Borodõ kompleksi Valdai järve kaldal on riigijuhid kasutanud nõukogude ajast saadik. Moskva sõnul olid väidetavad Ukraina droonid detsembri lõpus teel just sinna.',
  later:
    'Venemaa tulistas öösel Lvivi oblasti pihta raketi Orešnik ja tabas energiarajatisi, teatas kuberner.\n' +
    'Lääne-Ukrainas kestis õhuhäire mitu tundi ning osa linnast jäi elektrita.\n' +
    'Ukraina õhujõudude teatel lasti samal ajal välja kümneid droone ja rakette.\n' +
    'Venemaa kaitseministeerium nimetas lööki kättemaksuks väidetava rünnaku eest Putini residentsile.\n' +
    'Euroopa liidrid mõistsid väljalaskmise hukka kui ohtliku eskalatsiooni.\n' +
    'Kiiev palus ÜRO julgeolekunõukogu erakorralist istungit ja rohkem õhutõrjesüsteeme.\n' +
    'Remondibrigaadid töötasid terve päeva, et taastada kodudes küte enne järgmist külmalainet.',
  residents:
    'Valdai elanikud ütlesid ajakirjanikele, et nad ei kuulnud sel ööl plahvatusi ega õhutõrjet, kuigi Moskva sõnul lendasid droonid lähedal asuva Putini residentsi suunas. Öö oli vaikne, rääkisid nad.',
  kremlin2023:
    'Kremli kohal tulistati öösel alla kaks drooni, teatas Moskva kolmapäeval ja nimetas seda katseks presidenti tappa.\n' +
    'Kremli teatel ei olnud Putin hoones ning senati palee kuppel sai kergelt kannatada, vaid mõni päev enne võiduparaadi.',
  lookalikes: [
    'Moskva süüdistab Kiievit droonirünnakus president Vladimir Putini residentsile Kremlis. Kaks drooni tehti öösel kahjutuks, teatas Kreml kolmapäeval ja jättis endale õiguse vastata. Ukraina eitas igasugust seotust.',
    'Valdai arutelu klubi kogunes Sotšis, kus Vladimir Putin pidas täiskogul kõne suhetest läänega.',
  ],
  more: [
    'Välisminister kirjutas sotsiaalmeedias, et Moskva väide väidetavast droonirünnakust Putini residentsile on vale ja et Venemaa otsib ettekäänet rahuläbirääkimiste venitamiseks.',
  ],
});
