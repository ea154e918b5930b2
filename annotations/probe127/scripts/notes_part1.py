"""probe127 corpus notes, M01-M07 (interdisciplinary wound conference and case-review minutes; all invented)."""

M01 = {"patient_id": "M01", "age": 63, "sex": "F", "notes": [
("2020-02-11", "Wound Conference Minutes", """
WOUND MDT - Tues huddle, 4th flr conf rm B
Attending: K. Baptiste MD (nephrology, chair) / R. Ilunga MD (derm) / Fern Castellanos RN CWOCN / S. Petrakis PharmD / J. Oyelaran RD
Case 2 of 5: 63F, HD Tu-Th-Sa thru R forearm AVF.
Presenter (Castellanos): exquisitely tender violaceous plaque, L posterior upper arm (triceps area), roughly 5 x 4 cm, dusky centre now turning black. Pt: she says it started as "a hard knot under the skin" 3 wks ago. Cant sleep on that side.
Pharmacy (Petrakis): T2DM - glipizide swapped for NPH insulin in June 2019. Self-injects. By her own account nearly every shot since then has gone into her left triceps area ("my right hand is the good hand, so I always reach over"). No VKA ever - warfarin never prescribed. Still on calcium acetate -> suggests sevelamer.
Nephro (Baptiste): labs: iPTH 812, PO4 7.1, corrected calcium 9.8. Thinks this is CUA on looks alone, not sure biopsy adds much.
Derm (Ilunga): agrees morphology is classic but wants tissue from the margin before we commit to STS; risk of a biopsy wound that wont heal discussed & accepted by pt.
Dietitian: albumin 3.1, 88.2kg, BMI=33.6.
Consensus: probable calciphylaxis, histology pending.
Action items:
- derm incisional bx Thurs (Ilunga)
- pt to stop using either arm for NPH until we meet again; abd instead (Castellanos teaching)
- binder switch (Petrakis)
"""),
("2020-02-25", "Interdisciplinary Case Review", """
Case review - follow up from 2/11 MDT
Present: Baptiste, Ilunga, Castellanos RN, Petrakis
Path from 2/13 (L posterior upper arm): mural calcium within subcut arterioles, thickened intima, fibrin plugs, necrotic fat lobules; deposits light up on von Kossa staining. => CALCIPHYLAXIS, biopsy-proven.
Ilunga commented the plaque "maps onto her NPH patch almost to the centimetre" - he is comfortable calling the injections the trigger. Baptiste half agrees, says her PTH would have done it anywhere eventually; no one disputes the location though.
Sodium thiosulfate 25 g given post-dialysis every run, 1st dose 2/18, tolerated apart from nausea.
Wound: eschar stable, 52x41 mm, edges purple, no drainage. Calcium alginate + foam.
Pt now injecting lower abdomen, rotating L/R. Insulin dose unchanged.
Actions: pain team for gabapentin dosing; recheck PTH in 4 wks; consider cinacalcet.
"""),
("2020-03-24", "Wound Conference Minutes", """
MDT minutes, 3/24 - Case 4 (63 yo F, calciphylaxis of L arm)
Castellanos: eschar lifting at the rim, granulation peeking out at 2 o'clock, size 4.8 x 3.9. Pain 5/10 (was 9).
Oyelaran: poor appetite, down to 86.4kg, BMI=32.9. Protein shakes started.
Petrakis: sevelamer in; cinacalcet 30 mg daily from 3/10; still on NPH twice a day, all doses now in the abdominal wall.
Baptiste: STS to continue at least 8 more wks.
No new lesions on full skin check (pt undressed for it).
Plan: reassess in 4 wks, photos to the shared drive.
"""),
]}

M02 = {"patient_id": "M02", "age": 71, "sex": "M", "notes": [
("2022-01-19", "Wound Conference Minutes", """
Interdisciplinary Wound Rounds - Minutes
Chair: Dr Hollerith (renal). Also: Dr Nwachukwu (derm), A. Sørlie RN (PD nurse), M. Dufresne RN (wound), Dr Varga (cardiology, by phone)
PATIENT: 71M on CCPD (cycler nightly, no day dwell). Mechanical mitral valve -> lifelong warfarin, INR goal 2.5 to 3.5; non-diabetic.
Sørlie: at his PD clinic visit pt's son mentioned dad "basically lives on the electric heating pad" for his back pain; has used it across the lower back every evening since Thanksgiving.
Dufresne (exam this am): two stellate black-centred plaques, paraspinal at L3-L4, L and R (one each), each ~4 cm, with a netted purple rim. Pt dates the pain to the first week of January; the marks showed up a few days after.
Nwachukwu: distribution fits the pad exactly. Differential she would write down: calciphylaxis vs warfarin necrosis vs erythema ab igne w/ ulceration.
Varga: cannot stop warfarin with that valve. Heparin bridge not a realistic option at home.
Wt 81 kg, height 1.72 m, BMI 27.3.
Action items: punch bx x2 (derm, Friday); son takes the heating pad away TODAY; vit K level; hold calcium-based binder.
"""),
("2022-02-02", "Interdisciplinary Case Review", """
Case review, 2/2/22 - 71 M on cycler PD, lumbar lesions
Derm read-out: both punch biopsies show calcium-encrusted small vessels within subcut fat, thrombosed; no features of warfarin necrosis alone. Dx: calcific uremic arteriolopathy (calciphylaxis).
Discussion - not everyone agreed on cause:
- Nwachukwu: heat is the local insult; both plaques sit in the pad footprint.
- Varga: warfarin is the bigger driver systemically, heat just picked the spot.
- Hollerith: both can be true; documented as a calciphylaxis lesion at a site of prolonged heat exposure.
Son (on speaker) says the pad "stayed on all night sometimes, he dozes off and it stays switched on under him".
Consensus: calciphylaxis, bilateral lower back, thermal site.
Actions: IV STS can't be done at home easily -> arranged at infusion centre 3x/wk; switch PD solution calcium to 1.25; keep warfarin (valve).
"""),
("2022-03-02", "Wound Conference Minutes", """
Rounds 3/2 - lumbar CUA f/u
Dufresne: R-sided plaque debrided at bedside 2/23, base now yellow slough 30%; L side still dry eschar, left alone. Periwound livedo fading.
Pt wt 79.5 kg, BMI 26.8.
Warfarin continues (INR 2.9). No further heat used; son confirms pad stays at his house.
Next review 4 wks. Palliative care intro declined by pt for now.
"""),
]}

M03 = {"patient_id": "M03", "age": 58, "sex": "F", "notes": [
("2023-04-12", "Wound Conference Minutes", """
WOUND CARE MDT - minutes (scribe: T. Abernathy, RN)
In the room: Dr L. Quaye (nephrology), Dr P. Sandoval (dermatology), Dr H. Lindqvist (orthopaedics), T. Abernathy RN, K. Ruiz PT
New case: 58F, in-centre HD MWF, 9 yrs. Not diabetic. Not on warfarin, never has been.
Story (Ruiz, PT): R knee twisted getting off the bus; ortho fitted a hinged brace 03/08/2023, which she keeps on from morning to bedtime and the lower Velcro strap digs into the top of her calf - she showed us the groove.
Skin (Abernathy): R upper posterior calf, exactly under the strap line, band-shaped purple-black area 7 x 2.5 cm, hard, very painful; she reports "like this since the 2nd of April".
Lindqvist: would call it a strap pressure sore and just loosen the brace.
Sandoval: livedo extending past the strap edges + necrotic centre + HD = needs biopsy for calciphylaxis, not a routine pressure ulcer.
BMI 30.0 (wt 79.8, ht 163).
Agreed: brace off, swap to a soft sleeve; derm biopsy next week.
Actions: Sandoval bx; Quaye check Ca/P/PTH; Ruiz refit.
"""),
("2023-04-26", "Interdisciplinary Case Review", """
Case Review 4/26/23 - R calf lesion (58 F, HD)
Histo (R calf, 4/18): ring-like calcium in subcut small-vessel walls, thrombosis, septal panniculitis. Von Kossa +. Pathology conclusion: calciphylaxis.
Sandoval: lesion corresponds to the brace strap track, Koebner-type localisation to chronic pressure; Lindqvist accepts the histology, withdrew pressure-ulcer label.
Plan agreed: thiosulfate on HD days; Abernathy doing dressings 2x/wk, soft sleeve only.
Pt tearful, asked "did the brace do this to me" - explained the strap pressure probably decided where it showed up.
"""),
("2023-05-24", "Wound Conference Minutes", """
MDT 5/24: R calf calciphylaxis, wk 5 of STS. Lesion 6.1 x 2.2, edges softer, no new areas. Pain 4/10.
BMI still 30.0. Phos 5.6.
Quaye to request cinacalcet uptitration. Next review June.
"""),
]}

M04 = {"patient_id": "M04", "age": 66, "sex": "M", "notes": [
("2020-12-03", "Wound Conference Minutes", """
Multidisciplinary wound mtg - minutes 12/3/2020
Present: Dr O. Fairweather (gen surg), Dr N. Haddad (nephro), Dr C. Moreno-Ito (derm), W. Tamsin RN (wound), B. Kowalczyk (pharm)
66M, CKD4, eGFR 17, dialysis not yet started. T2DM on glargine (self-injects into his thighs) + sitagliptin. No anticoagulants; no warfarin history.
Surgical hx: open L inguinal hernia repair with mesh 09/14/2020 (Fairweather). Wound fine at the 2 week post-op visit.
Then in November the incision line went dusky and hard; now a black eschar runs along most of the L groin scar, 6 cm long, with purple mottling above it. Pain out of proportion.
Fairweather: thinks late wound infection/mesh problem, wants CT.
Moreno-Ito: tender necrotic plaque tracking a scar in advanced CKD - calciphylaxis needs to be on the list; asks for biopsy off the edge, not the centre.
Haddad: phos 6.4, on calcium carbonate; recommends stopping it regardless.
94kg, BMI 29.9 - Kowalczyk notes "just under the obese cut-off".
Consensus: CT pelvis AND derm biopsy, in that order.
"""),
("2020-12-17", "Interdisciplinary Case Review", """
Case review - L groin scar eschar
CT: no collection, mesh in place, no gas.
Bx (12/8, scar margin): subcutaneous vessel walls calcified; thrombosed lumens; necrotic fat. Dx: calciphylaxis in a pre-dialysis CKD4 pt.
Debate: Fairweather still uneasy ("I've never seen this in a hernia scar") but accepts path. Moreno-Ito: classic for lesions to pick a surgical scar; the repair was ~2 months before the first change.
Consensus: calciphylaxis localised to the L inguinal incision.
Actions: STS via peripheral line 3x/wk (Haddad), expedite dialysis planning, wound RN weekly.
"""),
("2021-01-14", "Wound Conference Minutes", """
MDT 1/14/21
Update: uraemic symptoms and K 6.3 -> HD started 01/05/2021 via tunnelled R IJ line. Now ESRD on HD MWF. STS moved to post-HD.
Groin eschar unchanged in size, drier. No new lesions.
Still on glargine. Wt 93.8, BMI 29.9 (not obese by our definition).
Plan: fistula referral, continue.
"""),
]}

M05 = {"patient_id": "M05", "age": 74, "sex": "F", "notes": [
("2024-11-20", "Wound Conference Minutes", """
Complex Wound Conference - minutes
Present: Dr E. Mbeki (nephrology), Dr F. Lachance (derm), G. Stroud RN (wound), Y. Halvorsen (OT), daughter of pt by phone
74F, HD MWF 6 yrs, AF - warfarin, INR range 2-3. No DM. Described in clinic letters as obese, wt not recorded this month.
Daughter: "Mum took a tumble in the garden late this summer, landed smack on her right side, the bruise went from her hip down to her knee". No medical attention at the time.
Stroud: lateral R thigh, hard purplish area 9 x 6 cm w/ 2 black spots in the middle; pt says the pain began 10/28/2024 and the black appeared a week later.
Lachance: site of old haematoma + warfarin + HD. Favour calciphylaxis, want biopsy.
Halvorsen: pt now avoids lying on the R; bed mobility worse.
Action items: derm biopsy; INR review; OT to see re pressure-relieving mattress.
"""),
("2024-12-04", "Interdisciplinary Case Review", """
Case review 12/4 - R thigh plaque
Biopsy 11/25: calcified subcutaneous arterioles with thrombosis, extensive fat necrosis. Calciphylaxis - confirmed.
Lachance: lateral right thigh, the same area where the fall bruise was. Mbeki: agree, fall site.
Warfarin -> apixaban discussed; cardiology ok'd switch, done 12/2.
Weight finally done on the chair scale: 92.6 kg, BMI 35.2.
STS after each HD.
"""),
("2025-01-08", "Wound Conference Minutes", """
MDT 1/8/25: R thigh calciphylaxis
Stroud: one of the two black areas has separated, shallow ulcer 1.5 cm, clean. Other eschar dry.
Pain controlled w/ low-dose hydromorphone.
Anticoag: apixaban since 12/2, off warfarin.
BMI 35.2. Pressure mattress delivered. Next review Feb.
"""),
]}

M06 = {"patient_id": "M06", "age": 55, "sex": "M", "notes": [
("2025-02-26", "Wound Conference Minutes", """
IP Wound Team Conference - minutes (Ward 7)
Present: Dr S. Achterberg (medicine), Dr D. Olumide (renal), Dr I. Brandt (derm), P. Gaskell RN (wound), wife of pt
55M, ESRD (Tue/Thu/Sat HD), diabetic type 2, on oral agents only (linagliptin), in since 02/03/2025 with a long complicated admission (line sepsis).
Heparin 5000 u subcut TID since admission day for VTE prophylaxis; nurses have been giving it into his stomach.
Wife: "he first showed me the dark blotches on Valentine's Day, we were meant to go out for dinner".
Gaskell: lower abdominal wall, several firm violaceous plaques (two crusted black centrally), largest 3 cm, surrounded by livedo; injection bruises visible among them.
Brandt: thinks CUA, the plaques sit right among the heparin puncture marks.
Olumide: warfarin started 2/20 for new AF - wants it reconsidered given this.
BMI 30.4.
Actions: stop SC heparin into the abdomen; derm to decide re biopsy; renal to discuss warfarin w/ cardiology.
"""),
("2025-03-12", "Interdisciplinary Case Review", """
Case review 3/12 - abdominal wall lesions
No biopsy: Brandt & Olumide agreed the clinical picture is unambiguous and a biopsy on the abdomen risks another non-healing wound. Clinical diagnosis: calciphylaxis at the heparin injection sites.
Medicine (Achterberg) initially argued for biopsy to exclude heparin necrosis/HIT; platelets normal, HIT screen neg, so he withdrew the objection.
STS started 3/4. Warfarin continued for now - cardiology wants a decision at next visit.
Wife asked whether "the jabs" did it; explained.
"""),
("2025-04-09", "Wound Conference Minutes", """
Wound mtg 4/9 - outpatient review
Plaques smaller, eschar firm and dry. No new lesions elsewhere.
Warfarin stopped 3/28, changed to apixaban after cardiology review.
Weight steady, BMI 30.4.
Plan: STS to continue through May; recheck.
"""),
]}

M07 = {"patient_id": "M07", "age": 69, "sex": "F", "notes": [
("2019-10-22", "Wound Conference Minutes", """
Wound conference 10/22/2019
Attendees: Dr Akinyemi (nephrology), Dr Vasquez-Ruhl (derm), Dr Okonjo (ortho PA), B. Lemieux RN (PD nurse), R. Dahl RN (wound)
69F on CAPD x4/day, diabetic - glargine & lispro, injects abdomen. No warfarin.
Lemieux: OA flare of the L knee - pt has been icing it with frozen gel packs several times a day, started 6 wks ago on ortho's advice.
Dahl: medial L knee, a mottled purple plaque of 4x3cm with a hard black centre; onset 10/08/2019 per pt diary.
Okonjo: ice burn / frostnip, nothing more.
Vasquez-Ruhl: frostnip doesn't give retiform purpura w/ an eschar weeks later in a PD patient; wants a biopsy for calciphylaxis.
Wt 71.4 kg, BMI 28.1.
Actions: stop ice (all); bx (derm); Ca/P/PTH.
"""),
("2019-11-05", "Interdisciplinary Case Review", """
Case review 11/5 - L knee plaque
Histology: vessel-wall calcium in the subcutis + occlusive thrombus + necrotic fat lobules. Diagnosis: calciphylaxis.
Okonjo still thinks cold injury contributed; Vasquez-Ruhl agrees cold was the local trigger - lesion is where the gel packs sat.
Consensus: calciphylaxis of the L knee at a cold-exposure site.
thiosulfate 3 times/wk at the infusion suite; PD calcium lowered.
"""),
("2019-12-03", "Wound Conference Minutes", """
MDT 12/3: L knee calciphylaxis f/u. Eschar stable, no spread. Pain 3/10 with gabapentin.
Wt up slightly, BMI 28.5. Insulin regimen unchanged.
Ortho: knee OA managed with paracetamol, no ice, no heat.
Review Jan.
"""),
]}

PATIENTS = [M01, M02, M03, M04, M05, M06, M07]
