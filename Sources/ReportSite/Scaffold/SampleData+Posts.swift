// The sample campaign of `report init`: data written once (a fictional tea brand's spring launch,
// 2026-03-02 to 2026-03-29) and kept here as the files it writes, byte for byte. Edit them freely:
// `InitTests` builds the sample and checks it stays clean.

extension SampleData {
    /// posts.csv, en-US captions (the numbers are those of the French file).
    static let postsEnglish = #"""
post_id,influencer,platform,format,published_at,planned_at,reach,impressions,views,long_views,likes,comments,shares,saves,story_replies,sticker_taps,link_clicks,caption,variant,reusable,reused_in,cost
p01,lea.infuse,instagram,reel,2026-03-03T18:30,2026-03-03,18546,24990,39627,,719,37,46,120,,,117,Slow mornings with the new Spring Blossom blend from @brumetea 🌸 15% off with LEA15 #ad,A,yes,ads,
p02,lea.infuse,instagram,story,2026-03-03T19:05,2026-03-03,9308,10979,,,,,,,52,334,267,Link in the sticker 👆 LEA15 for 15% off #ad @brumetea,A,,,
p03,sam.brews,tiktok,video,2026-03-04T20:00,2026-03-04,261906,410082,360153,177214,9788,338,675,450,,,811,"Rating every @brumetea spring blend, brutally honest 🍵 SAM15 for 15% off #ad",A,yes,,
p04,nora.matcha,instagram,reel,2026-03-05T08:30,2026-03-05,7360,9859,15356,,229,12,15,38,,,48,"A matcha ritual for slow mornings, with @brumetea ceremonial grade 🍵 NORA10 #ad",A,yes,,
p05,nora.matcha,instagram,story,2026-03-05T09:00,2026-03-05,2520,2758,,,,,,,12,88,65,Tap the link for the matcha set 👆 NORA10 #ad @brumetea,A,,,
p06,teatime.tom,youtube,video,2026-03-06T17:00,2026-03-06,84475,630700,94492,60633,3374,262,112,,,,1275,I tasted every Brume spring tea so you don't have to (honest review) #ad @brumetea,,no,,
p07,lea.infuse,instagram,carousel,2026-03-07T11:00,2026-03-06,16812,21884,,,921,50,63,227,,,103,"Five ways to brew Spring Blossom: hot, iced, latte, cold brew, with honey 🍯 #ad @brumetea",B,yes,email,
p08,hugo.kitchen,instagram,reel,2026-03-08T12:30,2026-03-08,2642,3258,4286,,151,8,10,25,,,19,Spring Blossom tea-poached pears 🍐 with @brumetea #ad,B,yes,,
p09,sam.brews,tiktok,video,2026-03-09T19:30,2026-03-09,193338,291674,263210,126785,8089,279,558,372,,,551,Cold brew hack you did not know you needed #ad @brumetea,B,no,,
p10,teatime.tom,youtube,short,2026-03-10T17:00,2026-03-10,140295,905402,151380,93109,2282,177,76,,,,517,The 30-second iced tea #shorts #ad @brumetea,,no,,
p11,nora.matcha,instagram,carousel,2026-03-11T08:15,2026-03-11,5463,7569,,,216,12,15,53,,,43,"Whisk, bowl, water at 80°C: the three things that change your matcha #ad @brumetea",B,yes,site,
p12,lea.infuse,instagram,reel,2026-03-12T18:45,2026-03-12,23541,31357,43278,,739,38,47,123,,,187,Iced Spring Blossom in 60 seconds ⏱️ code LEA15 #ad @brumetea,B,yes,ads|site,
p13,lea.infuse,instagram,story,2026-03-12T20:10,2026-03-12,8240,9484,,,,,,,35,315,234,Last days of the launch offer: LEA15 👆 #ad @brumetea,B,,,
p14,hugo.kitchen,instagram,image,2026-03-13T12:00,2026-03-13,1630,2077,,,154,8,10,21,,,13,"Tea-smoked salmon, weekend project #ad @brumetea",A,yes,,
p15,hugo.kitchen,instagram,story,2026-03-13T12:40,2026-03-13,967,1057,,,,,,,7,52,35,Recipe card in the sticker 👆 HUGO10 #ad @brumetea,A,,,
p16,sam.brews,tiktok,video,2026-03-14T13:00,2026-03-14,219266,300284,280138,104375,7978,275,550,367,,,525,Matcha vs Spring Blossom: which one wakes you up? #ad @brumetea,A,yes,ads,250
p17,nora.matcha,instagram,reel,2026-03-17T08:30,2026-03-17,5240,7057,11878,,261,13,17,44,,,48,"Strawberry matcha latte, the spring one 🍓 #ad @brumetea",B,yes,,
p18,nora.matcha,instagram,story,2026-03-17T09:10,2026-03-17,2185,2575,,,,,,,15,113,72,Set is back in stock 👆 #ad @brumetea,B,,,
p19,sam.brews,tiktok,video,2026-03-18T20:30,2026-03-18,129586,197412,173881,65520,9477,327,654,436,,,367,POV: your tea is prettier than your coffee 🌸 #ad @brumetea,B,no,,
p20,lea.infuse,instagram,carousel,2026-03-19T12:15,2026-03-19,20274,27846,,,813,45,56,200,,,129,"My tea shelf, spring edition 🌿 the Brume tins are the prettiest #ad @brumetea",A,no,,
p21,teatime.tom,youtube,video,2026-03-20T17:00,2026-03-18,78882,731342,91502,57037,3811,296,127,,,,1619,How tea is blended: a day at the Brume workshop #ad @brumetea,,yes,site,
p22,hugo.kitchen,instagram,reel,2026-03-21T12:30,2026-03-21,2625,3769,5847,,166,8,11,28,,,16,"Earl grey shortbread, buttery and light #ad @brumetea",B,yes,,
p23,sam.brews,tiktok,video,2026-03-23T19:00,2026-03-23,193135,278271,246741,91530,8606,297,594,396,,,482,"Tea tasting with my grandma, she is tough 😂 #ad @brumetea",A,yes,,
p24,nora.matcha,instagram,image,2026-03-24T08:00,2026-03-24,3464,4407,,,242,12,15,33,,,33,"Quiet corner, warm cup, good book 📖 #ad @brumetea",A,no,,
p25,nora.matcha,instagram,story,2026-03-24T08:40,2026-03-24,2253,2458,,,,,,,14,94,60,Reminder: NORA10 for 10% off #ad @brumetea,A,,,
p26,teatime.tom,youtube,short,2026-03-25T17:00,2026-03-25,154468,1221639,165175,105334,2892,225,96,,,,608,Which spring tea are you? #shorts #ad,,no,,
p27,lea.infuse,instagram,reel,2026-03-26T18:30,2026-03-26,21734,30123,42209,,794,41,51,132,,,164,Tea latte Sunday with @brumetea ☕ recipe in the caption #ad,A,yes,,
p28,lea.infuse,instagram,story,2026-03-26T19:00,2026-03-26,9190,10755,,,,,,,58,389,272,Still sipping it every morning. Code LEA15 until the end of the month #ad @brumetea,A,,,
p29,hugo.kitchen,instagram,carousel,2026-03-27T12:00,2026-03-25,2093,2900,,,152,8,10,37,,,21,"Three desserts, one tin of tea. Code HUGO10 #ad @brumetea",A,no,,
p30,sam.brews,tiktok,video,2026-03-28T17:45,2026-03-28,217751,315225,295749,128879,8824,304,609,406,,,708,"Spring blends, final ranking. Code SAM15 in bio #ad @brumetea",B,yes,,
"""#

    /// posts.csv, fr-FR captions.
    static let postsFrench = #"""
post_id,influencer,platform,format,published_at,planned_at,reach,impressions,views,long_views,likes,comments,shares,saves,story_replies,sticker_taps,link_clicks,caption,variant,reusable,reused_in,cost
p01,lea.infuse,instagram,reel,2026-03-03T18:30,2026-03-03,18546,24990,39627,,719,37,46,120,,,117,Matins tout doux avec le nouveau thé Fleur de printemps de @thesbrume 🌸 -15 % avec LEA15 Publicité,A,oui,ads,
p02,lea.infuse,instagram,story,2026-03-03T19:05,2026-03-03,9308,10979,,,,,,,52,334,267,Le lien est dans le sticker 👆 LEA15 pour -15 % Publicité @thesbrume,A,,,
p03,sam.brews,tiktok,video,2026-03-04T20:00,2026-03-04,261906,410082,360153,177214,9788,338,675,450,,,811,"Je note tous les thés de printemps @thesbrume, sans filtre 🍵 SAM15 pour -15 % Publicité",A,oui,,
p04,nora.matcha,instagram,reel,2026-03-05T08:30,2026-03-05,7360,9859,15356,,229,12,15,38,,,48,"Un rituel matcha pour les matins lents, avec le matcha cérémonie @thesbrume 🍵 NORA10 Publicité",A,oui,,
p05,nora.matcha,instagram,story,2026-03-05T09:00,2026-03-05,2520,2758,,,,,,,12,88,65,Le lien du coffret matcha est ici 👆 NORA10 Publicité @thesbrume,A,,,
p06,teatime.tom,youtube,video,2026-03-06T17:00,2026-03-06,84475,630700,94492,60633,3374,262,112,,,,1275,J'ai goûté tous les thés de printemps Brume pour vous (avis honnête) Publicité @thesbrume,,non,,
p07,lea.infuse,instagram,carousel,2026-03-07T11:00,2026-03-06,16812,21884,,,921,50,63,227,,,103,"Cinq façons d'infuser Fleur de printemps : chaud, glacé, latte, à froid, au miel 🍯 Publicité @thesbrume",B,oui,email,
p08,hugo.kitchen,instagram,reel,2026-03-08T12:30,2026-03-08,2642,3258,4286,,151,8,10,25,,,19,Poires pochées au thé Fleur de printemps 🍐 avec @thesbrume Publicité,B,oui,,
p09,sam.brews,tiktok,video,2026-03-09T19:30,2026-03-09,193338,291674,263210,126785,8089,279,558,372,,,551,L'astuce infusion à froid que vous attendiez Publicité @thesbrume,B,non,,
p10,teatime.tom,youtube,short,2026-03-10T17:00,2026-03-10,140295,905402,151380,93109,2282,177,76,,,,517,Le thé glacé en 30 secondes #shorts Publicité @thesbrume,,non,,
p11,nora.matcha,instagram,carousel,2026-03-11T08:15,2026-03-11,5463,7569,,,216,12,15,53,,,43,"Fouet, bol, eau à 80 °C : les trois choses qui changent votre matcha Publicité @thesbrume",B,oui,site,
p12,lea.infuse,instagram,reel,2026-03-12T18:45,2026-03-12,23541,31357,43278,,739,38,47,123,,,187,Fleur de printemps glacé en 60 secondes ⏱️ code LEA15 Publicité @thesbrume,B,oui,ads|site,
p13,lea.infuse,instagram,story,2026-03-12T20:10,2026-03-12,8240,9484,,,,,,,35,315,234,Derniers jours de l'offre de lancement : LEA15 👆 Publicité @thesbrume,B,,,
p14,hugo.kitchen,instagram,image,2026-03-13T12:00,2026-03-13,1630,2077,,,154,8,10,21,,,13,"Saumon fumé au thé, le projet du week-end Publicité @thesbrume",A,oui,,
p15,hugo.kitchen,instagram,story,2026-03-13T12:40,2026-03-13,967,1057,,,,,,,7,52,35,La fiche recette est dans le sticker 👆 HUGO10 Publicité @thesbrume,A,,,
p16,sam.brews,tiktok,video,2026-03-14T13:00,2026-03-14,219266,300284,280138,104375,7978,275,550,367,,,525,Matcha ou Fleur de printemps : lequel vous réveille ? Publicité @thesbrume,A,oui,ads,250
p17,nora.matcha,instagram,reel,2026-03-17T08:30,2026-03-17,5240,7057,11878,,261,13,17,44,,,48,"Matcha latte à la fraise, celui du printemps 🍓 Publicité @thesbrume",B,oui,,
p18,nora.matcha,instagram,story,2026-03-17T09:10,2026-03-17,2185,2575,,,,,,,15,113,72,Le coffret est de retour 👆 Publicité @thesbrume,B,,,
p19,sam.brews,tiktok,video,2026-03-18T20:30,2026-03-18,129586,197412,173881,65520,9477,327,654,436,,,367,POV : ton thé est plus joli que ton café 🌸 Publicité @thesbrume,B,non,,
p20,lea.infuse,instagram,carousel,2026-03-19T12:15,2026-03-19,20274,27846,,,813,45,56,200,,,129,"Mon étagère à thés, version printemps 🌿 les boîtes Brume sont les plus jolies Publicité @thesbrume",A,non,,
p21,teatime.tom,youtube,video,2026-03-20T17:00,2026-03-18,78882,731342,91502,57037,3811,296,127,,,,1619,Comment on assemble un thé : une journée à l'atelier Brume Publicité @thesbrume,,oui,site,
p22,hugo.kitchen,instagram,reel,2026-03-21T12:30,2026-03-21,2625,3769,5847,,166,8,11,28,,,16,"Sablés au earl grey, fondants et légers Publicité @thesbrume",B,oui,,
p23,sam.brews,tiktok,video,2026-03-23T19:00,2026-03-23,193135,278271,246741,91530,8606,297,594,396,,,482,"Dégustation avec ma grand-mère, elle est exigeante 😂 Publicité @thesbrume",A,oui,,
p24,nora.matcha,instagram,image,2026-03-24T08:00,2026-03-24,3464,4407,,,242,12,15,33,,,33,"Un coin calme, une tasse chaude, un bon livre 📖 Publicité @thesbrume",A,non,,
p25,nora.matcha,instagram,story,2026-03-24T08:40,2026-03-24,2253,2458,,,,,,,14,94,60,Petit rappel : NORA10 pour -10 % Publicité @thesbrume,A,,,
p26,teatime.tom,youtube,short,2026-03-25T17:00,2026-03-25,154468,1221639,165175,105334,2892,225,96,,,,608,Quel thé de printemps êtes-vous ? #shorts Publicité,,non,,
p27,lea.infuse,instagram,reel,2026-03-26T18:30,2026-03-26,21734,30123,42209,,794,41,51,132,,,164,Dimanche thé latte avec @thesbrume ☕ la recette en légende Publicité,A,oui,,
p28,lea.infuse,instagram,story,2026-03-26T19:00,2026-03-26,9190,10755,,,,,,,58,389,272,Toujours ma tasse de chaque matin. Code LEA15 jusqu'à la fin du mois Publicité @thesbrume,A,,,
p29,hugo.kitchen,instagram,carousel,2026-03-27T12:00,2026-03-25,2093,2900,,,152,8,10,37,,,21,"Trois desserts, une seule boîte de thé. Code HUGO10 Publicité @thesbrume",A,non,,
p30,sam.brews,tiktok,video,2026-03-28T17:45,2026-03-28,217751,315225,295749,128879,8824,304,609,406,,,708,"Thés de printemps, le classement final. Code SAM15 en bio Publicité @thesbrume",B,oui,,
"""#

    /// followers.csv: a count a week per influencer; the 2026-03-02 counts are campaign.yaml's `followers`.
    static let followers = #"""
date,influencer,followers
2026-02-16,lea.infuse,47908
2026-02-23,lea.infuse,48069
2026-03-02,lea.infuse,48200
2026-03-09,lea.infuse,48385
2026-03-16,lea.infuse,48568
2026-03-23,lea.infuse,48867
2026-03-30,lea.infuse,49177
2026-04-06,lea.infuse,49425
2026-02-16,sam.brews,185406
2026-02-23,sam.brews,185959
2026-03-02,sam.brews,186500
2026-03-09,sam.brews,187434
2026-03-16,sam.brews,188748
2026-03-23,sam.brews,190283
2026-03-30,sam.brews,191594
2026-04-06,sam.brews,192747
2026-02-16,nora.matcha,12820
2026-02-23,nora.matcha,12862
2026-03-02,nora.matcha,12900
2026-03-09,nora.matcha,13006
2026-03-16,nora.matcha,13114
2026-03-23,nora.matcha,13169
2026-03-30,nora.matcha,13249
2026-04-06,nora.matcha,13299
2026-02-16,teatime.tom,310780
2026-02-23,teatime.tom,311385
2026-03-02,teatime.tom,312000
2026-03-09,teatime.tom,313295
2026-03-16,teatime.tom,314306
2026-03-23,teatime.tom,315091
2026-03-30,teatime.tom,315887
2026-04-06,teatime.tom,317241
2026-02-16,hugo.kitchen,6373
2026-02-23,hugo.kitchen,6386
2026-03-02,hugo.kitchen,6400
2026-03-09,hugo.kitchen,6426
2026-03-16,hugo.kitchen,6464
2026-03-23,hugo.kitchen,6498
2026-03-30,hugo.kitchen,6528
2026-04-06,hugo.kitchen,6550
"""#
}
