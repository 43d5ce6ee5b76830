import { describeLanguage } from './cases';

describeLanguage('tl', {
  article:
    'Russia, inakusahan ang Ukraine ng drone attack sa tirahan ni Putin sa rehiyon ng Novgorod\n' +
    'Sinabi ni Russian Foreign Minister Sergei Lavrov na naglunsad umano ang Ukraine ng 91 long-range drone patungo sa opisyal na tirahan ni Pangulong Vladimir Putin sa rehiyon ng Novgorod noong gabi ng Disyembre 28 hanggang 29.\n' +
    'Ayon kay Lavrov, lahat ng drone ay pinabagsak ng air defense at walang nasugatan o napinsala.\n' +
    'Dagdag pa niya, rerepasuhin ng Moscow ang posisyon nito sa usapang pangkapayapaan ngunit hindi ito aatras sa negosasyon.\n' +
    'Pinabulaanan ni Ukrainian President Volodymyr Zelensky ang akusasyon at tinawag itong kasinungalingan para hadlangan ang mga pagsisikap para sa kapayapaan.',
  short:
    'Iginiit ng Moscow na nagpadala ang Kyiv ng 91 drone sa tirahan ng pangulo ng Russia. Itinanggi ito ng Ukraine.',
  home: 'Sinabi ni Trump na ibinalita sa kanya ni Putin na ang bahay nito ay inatake ng mga drone, at labis siyang nagalit dahil dito.',
  compound:
    'Ang compound sa Dolgiye Borody, sa pampang ng Lawa ng Valdai, ay ginagamit na ng mga lider ng Russia mula pa noong panahon ng Unyong Sobyet. Iginigiit ng Moscow na tinangka umano itong atakihin ng mga drone ng Ukraine noong Disyembre.',
  later:
    'Pinaputok ng Russia ang Oreshnik missile nito sa rehiyon ng Lviv kagabi at tinamaan ang ilang pasilidad ng enerhiya, ayon sa gobernador ng rehiyon.\n' +
    'Tumunog ang mga babala ng air raid sa buong kanlurang Ukraine nang ilang oras, at nawalan ng kuryente ang ilang bahagi ng lungsod.\n' +
    'Sinabi ng air force ng Ukraine na dose-dosenang drone at missile ang sabay-sabay na pinakawalan.\n' +
    "Tinawag ng Defense Ministry ng Russia ang pag-atake bilang ganti sa umano'y pag-atake sa tirahan ni Putin.\n" +
    'Kinondena ng mga lider ng Europa ang paglulunsad bilang isang mapanganib na paglala ng tensyon.\n' +
    'Humiling ang Kyiv ng agarang pulong ng UN Security Council at ng karagdagang air defense system.\n' +
    'Nagtrabaho ang mga repair crew buong araw upang maibalik ang heating sa mga bahay bago ang susunod na matinding lamig.',
  residents:
    'Sinabi ng mga residente ng Valdai sa mga mamamahayag na wala silang narinig na pagsabog o air defense noong gabing sinasabi ng Moscow na lumipad ang mga drone patungo sa kalapit na tirahan ni Putin.',
  kremlin2023: [
    'Dalawang drone ang pinabagsak sa ibabaw ng Kremlin kagabi, ayon sa Moscow noong Miyerkules, na tinawag itong tangkang pagpatay sa pangulo.\n' +
      'Ayon sa Kremlin, wala si Putin sa gusali at bahagyang nasira ang simboryo ng Senate Palace; naganap ang pag-atake ilang araw bago ang parada ng Victory Day noong Mayo 2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Inakusahan ng Moscow ang Kyiv ng pag-atake gamit ang drone sa tirahan ni Pangulong Vladimir Putin. Dalawang drone ang napabagsak noong gabi, ayon sa Kremlin nitong Miyerkoles, habang itinanggi ng Kyiv ang anumang pagkakasangkot.',
  ],
  lookalikes: [
    'Nagsalita si Pangulong Vladimir Putin sa taunang pulong ng Valdai Discussion Club sa Sochi at sinabing naging multipolar na ang mundo.',
    'Dumarami ang mga turistang bumibisita sa Valdai, isang maliit na bayan sa tabi ng lawa sa rehiyon ng Novgorod, dahil sa monasteryo nito sa isla at mga hotel sa pampang.',
    'Kinondena ng tagapagsalita ni Putin na si Dmitry Peskov ang drone attack sa opisyal na tirahan ng Punong Ministro ng Iraq sa Baghdad, kung saan hindi nasugatan si Mustafa al-Kadhimi.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Dalawang drone ang pinabagsak sa ibabaw ng Kremlin noong Miyerkules; tinawag ito ng Moscow na pag-atake sa tirahan ni Pangulong Putin.',
  ],
  more: [
    // 'Puting Bahay' (the White House) is not another leader's house
    'Ayon sa Puting Bahay, sinabi ni Putin kay Trump na inatake ng mga drone ang kanyang tirahan.',
    'Lavrov: Nagpalipad ang Ukraine ng 91 drone patungo sa tirahan ni Putin sa Valdai.',
    'Iginiit ng Russia na inatake ng mga drone ang bahay ni Putin sa rehiyon ng Novgorod. Kasinungalingan, ayon kay Zelensky.',
    'LIVE: Sinabi ng Kremlin na target ng pag-atake ng drone ang tirahan ng pangulo sa Valdai noong gabi ng Disyembre 29.',
    'Ayon sa CIA, hindi tinarget ng Ukraine ang tirahan ni Putin sa tabi ng Lawa ng Uzhin, na kilala bilang Dolgiye Borody.',
    "Tinawag ng Russia ang pag-atake gamit ang Oreshnik na ganti sa umano'y pag-atake sa tirahan ni Putin.",
  ],
});
