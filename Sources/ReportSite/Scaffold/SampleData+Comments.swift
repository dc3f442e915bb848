// The sample campaign of `report init`: data written once (a fictional tea brand's spring launch,
// 2026-03-02 to 2026-03-29) and kept here as the files it writes, byte for byte. Edit them freely:
// `InitTests` builds the sample and checks it stays clean.

extension SampleData {
    /// comments.csv in English.
    static let commentsEnglish = #"""
post_id,author,date,text
p01,ines_bakes,2026-03-03,"This blend looks so calming, need this for my mornings"
p01,elise.d,2026-03-04,"Just ordered with your code, can't wait to try it 🌸"
p01,camille.green,2026-03-03,Is it caffeine free?
p03,the.slow.cup,2026-03-05,Honestly a bit expensive for 50 g
p03,maya.j,2026-03-04,"Ranking was spot on, matcha first for me"
p03,ana_b,2026-03-04,Where can I get the tin? It's gorgeous
p04,jo_brews,2026-03-05,Perfect slow morning vibes
p04,tom_r,2026-03-05,How much is the whisk?
p04,camille.green,2026-03-06,"Ordered the matcha set, thanks for the code"
p06,camille.green,2026-03-06,"Great honest review, thanks"
p06,tom_r,2026-03-07,Did you prefer the green or the white tea?
p06,maya.j,2026-03-06,"Bought the spring set last week, the blossom one is my favourite"
p07,lou_sips,2026-03-07,"Five ways in one post, saving this"
p07,elise.d,2026-03-09,"The honey one is the best way, trust me"
p07,jo_brews,2026-03-08,How long do you steep it?
p08,maya.j,2026-03-09,Those pears look delicious
p08,jo_brews,2026-03-09,Never thought of cooking with tea
p08,jo_brews,2026-03-08,Making this on Sunday
p09,ines_bakes,2026-03-10,Okay the cold brew hack actually works
p09,tom_r,2026-03-09,"Cold brew overnight, best trick"
p09,leo.walks,2026-03-09,Added to cart 🛒
p10,maya.j,2026-03-10,"Great short, straight to the point"
p10,leo.walks,2026-03-10,Tried iced: perfect for the first warm day
p10,noah.leaf,2026-03-12,Is there a decaf version?
p11,maya.j,2026-03-11,"80°C, noted! I always used boiling water"
p11,elise.d,2026-03-12,Which whisk do you use?
p11,yuki.o,2026-03-11,"Mine arrived today, the matcha is so fine and bright"
p12,leo.walks,2026-03-12,Iced version looks amazing
p12,camille.green,2026-03-14,"Tried it this morning, really smooth and not bitter"
p12,jo_brews,2026-03-13,Code still working?
p14,sarah.m,2026-03-14,Tea-smoked salmon?? Recipe please
p14,nina_w,2026-03-14,Such a beautiful light in this photo
p14,tom_r,2026-03-14,Happy to see a small brand here
p16,lina.cooks,2026-03-14,Spring Blossom all the way
p16,lina.cooks,2026-03-15,"Meh, tastes like any green tea to me"
p16,zoe.daily,2026-03-14,Does it ship to Canada?
p17,noah.leaf,2026-03-17,Strawberry matcha latte is my new thing
p17,lou_sips,2026-03-19,The colour of that latte 😍
p17,maya.j,2026-03-17,Best latte recipe I have tried
p19,ana_b,2026-03-18,"Tea prettier than coffee, can confirm"
p19,marc.tea,2026-03-19,The packaging is so cute
p19,lina.cooks,2026-03-20,Where is the mug from?
p20,sam_k,2026-03-19,I want this whole shelf
p20,the.slow.cup,2026-03-19,The blossom tea smells incredible
p20,tom_r,2026-03-20,"Nice, but the price went up since last year"
p21,marc.tea,2026-03-20,The workshop video was fascinating
p21,paul.h,2026-03-20,"Blending by hand, respect"
p21,jo_brews,2026-03-21,Can you do a video on oolong next?
p22,camille.green,2026-03-23,"The shortbread recipe worked perfectly, thank you"
p22,maya.j,2026-03-22,"Buttery and light, exactly"
p22,marc.tea,2026-03-21,Link please!
p23,yuki.o,2026-03-25,My grandma would approve 😂
p23,paul.h,2026-03-24,Loved the tasting with your grandma
p23,lina.cooks,2026-03-24,Who else watches these with a cup of tea
p24,camille.green,2026-03-24,This is my sign to slow down in the morning
p24,paul.h,2026-03-24,Perfect reading corner
p24,nina_w,2026-03-26,"Thanks for the reminder, just used NORA10"
p26,jo_brews,2026-03-25,Which spring tea am I? Definitely the white one
p26,chloe.sips,2026-03-27,I'm a spring blossom person apparently
p26,elise.d,2026-03-25,The music in this one is so relaxing
p27,nina_w,2026-03-27,Tea latte Sundays are the best
p27,zoe.daily,2026-03-27,Already finished my first tin 😅
p27,eva.plants,2026-03-28,"Bought two tins, one for my sister"
p29,yuki.o,2026-03-29,Three desserts from one tin is genius
p29,lina.cooks,2026-03-27,"Shipping took ten days for me, a bit disappointed"
p29,noah.leaf,2026-03-27,"I'm sold, ordering tonight"
p30,the.slow.cup,2026-03-29,"Final ranking agreed, except the white tea"
p30,jo_brews,2026-03-29,"My order came with a free sample, lovely touch"
p30,zoe.daily,2026-03-28,Can you rank the winter blends too?
"""#

    /// comments.csv in French.
    static let commentsFrench = #"""
post_id,author,date,text
p01,ines_bakes,2026-03-03,"Ce thé a l'air tellement apaisant, il me le faut pour mes matins"
p01,elise.d,2026-03-04,"Je viens de commander avec ton code, trop hâte de goûter 🌸"
p01,camille.green,2026-03-03,Il contient de la théine ?
p03,the.slow.cup,2026-03-05,Franchement un peu cher pour 50 g
p03,maya.j,2026-03-04,"Classement validé, le matcha en premier pour moi"
p03,ana_b,2026-03-04,Où trouver la boîte ? Elle est sublime
p04,jo_brews,2026-03-05,"Ambiance matin tout doux, parfait"
p04,tom_r,2026-03-05,Combien coûte le fouet ?
p04,camille.green,2026-03-06,"Commandé le coffret matcha, merci pour le code"
p06,camille.green,2026-03-06,"Super avis honnête, merci"
p06,tom_r,2026-03-07,Tu as préféré le vert ou le blanc ?
p06,maya.j,2026-03-06,"J'ai acheté le coffret printemps la semaine dernière, Fleur de printemps est mon préféré"
p07,lou_sips,2026-03-07,"Cinq façons dans un seul post, j'enregistre"
p07,elise.d,2026-03-09,"Au miel c'est le meilleur, croyez-moi"
p07,jo_brews,2026-03-08,Tu le laisses infuser combien de temps ?
p08,maya.j,2026-03-09,Ces poires ont l'air délicieuses
p08,jo_brews,2026-03-09,Jamais pensé à cuisiner avec du thé
p08,jo_brews,2026-03-08,Je teste ça dimanche
p09,ines_bakes,2026-03-10,L'astuce infusion à froid marche vraiment
p09,tom_r,2026-03-09,"Infusion à froid toute la nuit, la meilleure astuce"
p09,leo.walks,2026-03-09,Ajouté au panier 🛒
p10,maya.j,2026-03-10,"Super short, droit au but"
p10,leo.walks,2026-03-10,Testé glacé : parfait pour les premiers beaux jours
p10,noah.leaf,2026-03-12,Il existe une version déthéinée ?
p11,maya.j,2026-03-11,"80 °C, c'est noté ! J'utilisais toujours de l'eau bouillante"
p11,elise.d,2026-03-12,Tu utilises quel fouet ?
p11,yuki.o,2026-03-11,"Reçu aujourd'hui, le matcha est très fin et bien vert"
p12,leo.walks,2026-03-12,La version glacée donne envie
p12,camille.green,2026-03-14,"Goûté ce matin, très doux et pas amer du tout"
p12,jo_brews,2026-03-13,Le code marche encore ?
p14,sarah.m,2026-03-14,Du saumon fumé au thé ?? La recette stp
p14,nina_w,2026-03-14,Quelle belle lumière sur cette photo
p14,tom_r,2026-03-14,Contente de voir une petite marque ici
p16,lina.cooks,2026-03-14,"Fleur de printemps, sans hésiter"
p16,lina.cooks,2026-03-15,"Bof, ça a le goût de n'importe quel thé vert"
p16,zoe.daily,2026-03-14,Vous livrez en Belgique ?
p17,noah.leaf,2026-03-17,"Le matcha latte fraise, ma nouvelle obsession"
p17,lou_sips,2026-03-19,La couleur de ce latte 😍
p17,maya.j,2026-03-17,Meilleure recette de latte que j'ai testée
p19,ana_b,2026-03-18,"Plus joli que le café, je confirme"
p19,marc.tea,2026-03-19,L'emballage est trop mignon
p19,lina.cooks,2026-03-20,La tasse vient d'où ?
p20,sam_k,2026-03-19,Je veux toute l'étagère
p20,the.slow.cup,2026-03-19,Le thé Fleur de printemps sent incroyablement bon
p20,tom_r,2026-03-20,"Sympa, mais le prix a augmenté depuis l'an dernier"
p21,marc.tea,2026-03-20,La vidéo de l'atelier était passionnante
p21,paul.h,2026-03-20,"Assembler à la main, respect"
p21,jo_brews,2026-03-21,Tu peux faire une vidéo sur le oolong ?
p22,camille.green,2026-03-23,"La recette des sablés a parfaitement marché, merci"
p22,maya.j,2026-03-22,"Fondants et légers, exactement"
p22,marc.tea,2026-03-21,Le lien stp !
p23,yuki.o,2026-03-25,Ma grand-mère aurait validé 😂
p23,paul.h,2026-03-24,Trop bien la dégustation avec ta grand-mère
p23,lina.cooks,2026-03-24,Qui d'autre regarde ça avec une tasse de thé
p24,camille.green,2026-03-24,C'est le signe qu'il faut ralentir le matin
p24,paul.h,2026-03-24,Coin lecture parfait
p24,nina_w,2026-03-26,"Merci pour le rappel, je viens d'utiliser NORA10"
p26,jo_brews,2026-03-25,Quel thé de printemps ? Le blanc sans hésiter
p26,chloe.sips,2026-03-27,Apparemment je suis une Fleur de printemps
p26,elise.d,2026-03-25,La musique de celle-ci est tellement relaxante
p27,nina_w,2026-03-27,"Les dimanches thé latte, les meilleurs"
p27,zoe.daily,2026-03-27,Déjà fini ma première boîte 😅
p27,eva.plants,2026-03-28,"J'ai acheté deux boîtes, une pour ma sœur"
p29,yuki.o,2026-03-29,"Trois desserts avec une seule boîte, génial"
p29,lina.cooks,2026-03-27,"Livraison en dix jours pour moi, un peu déçue"
p29,noah.leaf,2026-03-27,"Convaincue, je commande ce soir"
p30,the.slow.cup,2026-03-29,"D'accord avec le classement, sauf pour le thé blanc"
p30,jo_brews,2026-03-29,"Ma commande est arrivée avec un échantillon offert, adorable"
p30,zoe.daily,2026-03-28,Tu peux classer les thés d'hiver aussi ?
"""#
}
