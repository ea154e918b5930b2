"""probe204 corpus notes, F01-F07 (phototherapy and dermatology day treatment and the clinics around it; all invented)."""

F01 = {"patient_id": "F01", "age": 58, "sex": "M", "notes": [
("2022-02-21", "Phototherapy Course Summary", """
QUARRYBANK DERMATOLOGY DAY TREATMENT CENTRE
NB-UVB COURSE SUMMARY  (TL-01, cabin 2)

Pt: 58M, Fitzpatrick III.  Indication: uraemic itch w/ secondary prurigo
nodules (arms, upper back, shins).
Bkgd: ESRF 2ndary to IgA nephropathy, HD Tue/Thu/Sat at Eastmere Renal Unit
via L brachio-cephalic fistula. No DM (checked). No anticoagulant.
Course: 24 exposures twice wkly from 23/11/21; start 0.20 J/cm2, max 0.94,
cumulative 15.6 J/cm2. No erythema at any session, no blistering,
no dosing errors.
Itch NRS 9 -> 6. Nodules flatter but fresh ones keep cropping up on forearms.
Wt 84.0 kg  Ht 1.75 m  BMI 27.4

Plan: UVB stops after today. Dupilumab discussed (off-label for uraemic
itch/PN; funding panel said yes on 14/02). First doses in our nurse-led
injection clinic, then self-injection teaching. Medical Illustration
photos taken today for baseline.

S. Okafor, phototherapy lead nurse
"""),
("2022-03-02", "Day Unit Nurse Injection Clinic", """
Nurse-led injection clinic -- biologic start        02/03/2022  10:40

Drug: dupilumab 300mg pre-filled pen. Loading = 600 mg (2 pens).
Verbal consent. Batch + expiry double-checked, recorded on drug chart.
Site: front of the R thigh, both pens, about a hand's breadth apart,
mid-thigh. Pt picked the R thigh ("I'm right handed, easier to reach");
no arm sites as the L arm carries the fistula.
Obs pre: BP 151/88  P 78 reg  T 36.4.  At 30 min: BP 146/84, no reaction,
injection sites faintly pink, no bleed.
Teaching: pt did a practice pen into the foam pad, technique good. Next
dose due 16/03 -- he will give it himself at home into the R thigh
every fortnight. Sharps bin + diary handed over.
Warned re sore/red eyes (conjunctivitis) -- report if so.
Pt to tell the HD nurses about the new drug.

L. Brennan RGN
"""),
("2022-04-12", "Dermatology Clinic Letter", """
Dear Dr Nwosu (renal),

Re: 58M, on HD, dupilumab since 02/03/2022

Seen today in the day-centre clinic. A fortnight back he first felt a
tender, firm spot on the anterior R thigh. It has turned into a 5x4cm
violaceous, board-like plaque; eschar (black) centrally, livid net-like
margin. Pain 8/10 and the nights are the worst.
This is precisely where he has been self-injecting dupilumab each fortnight;
the L thigh and both arms are clear.
Telescoping punch biopsy on 5 Apr: small subcut. vessels ringed by
calcium, thrombi present, von Kossa stain +ve -- calciphylaxis.
Bloods (HD 9 Apr): Ca(adj) 2.48 / PO4 2.21 / PTH 71 pmol/L / alb 30.

Impression: calciphylaxis at the dupilumab injection site.
Plan: dupilumab stopped; IV sodium thiosulfate 25g after every dialysis
(renal arranging); pain team; our dressing clinic weekly; see again in 4 wks.
BMI today 27.1.

Yours sincerely,
Dr A. Marchetti, Consultant Dermatologist
"""),
]}

F02 = {"patient_id": "F02", "age": 66, "sex": "F", "notes": [
("2020-09-15", "Phototherapy Adverse Event Record", """
NB-UVB ADVERSE EVENT / INCIDENT RECORD
Exposure date: 14 Sept 2020 (session 19 of 30 planned), cabin 1, operator JH
Indication: chronic plaque psoriasis + uraemic itch.  Skin type II.
Dose given 1.12 J/cm2 (planned +5% increment).

What happened: pt came in low-rise shorts rather than her usual cycling
shorts, so a strip of lower abdomen (below the belly button, above the
pubic hairline) that had always been covered got the full dose. Missed at
the pre-exposure check.
Pt rang this morning: hot, sore, red band across the low belly, 2 small
blisters. Seen in unit 14:00 -- sharply edged grade 3 erythema 22 x 6 cm,
tender, two intact bullae ~1 cm. UVB burn.
Action: white soft paraffin, non-adherent cover, paracetamol; skip the next
2 sessions then restart at half dose. Datix done. Pt: "my own fault for
the shorts".
Other: HD M/W/F. Insulin glargine -> outer thighs.
Wt 97 kg, BMI 36.8.

J. Hollis, Band 6
"""),
("2020-10-27", "Haemodialysis Unit Medical Review", """
Eastmere Renal Unit -- HD session review (Bay 4)

S: "the skin low down on my tummy is agony, like it's burning from inside."
Tender firm area since early October, now going purple then black. Not
sleeping. Has stopped going to her phototherapy.
O: BP pre 168/92, post 139/80.  IDWG 2.4 kg.  T 36.9
Lower abdomen, under the umbilicus and spanning the midline: 7x5cm
indurated plaque, reticulate violaceous border, 2cm black eschar centrally.
No pus, no crepitus, afebrile.
Bloods: cCa 2.66  PO4 2.48  PTH 118 pmol/L  CRP 31  Hb 98
Meds incl glargine 26u nocte, sevelamer 1.6g tds, alfacalcidol 0.5mcg
(held today). Not on warfarin.
Imp: ?calciphylaxis -- strong suspicion
Plan: hold alfacalcidol + any Ca-based binder, dialysate Ca 1.25, urgent
derm for biopsy, analgesia review, ask wound RN to see.

Dr P. Sandhu, StR renal
"""),
("2020-11-10", "Dermatology Consultation", """
Dermatology -- ward-to-day-unit handover, 10/11/2020
66F, HD, T2DM on insulin, psoriasis (was having NB-UVB).

Deep incisional biopsy 03-Nov-2020 from the edge of the low abdominal
plaque: septal + lobular fat necrosis, calcium deposited in small arteriole
walls with intimal hyperplasia; von Kossa confirms.
DIAGNOSIS: calciphylaxis.

Exam today: infraumbilical plaque 8 x 6 cm, eschar now 3 cm, new
satellite purpura along its lower margin. Psoriasis quiet, only elbows and
knees.
Plan
 - IV sodium thiosulfate 25g each HD run (3x/wk), began 6/11
 - no more phototherapy for the time being
 - dressing clinic twice weekly: Flaminal + foam, nothing adhesive on abdo
 - ?hyperbaric O2 referral
 - BMI 36.4 today -> dietitian

Dr R. Achterberg, Dermatology SpR
"""),
]}

F03 = {"patient_id": "F03", "age": 71, "sex": "F", "notes": [
("2023-07-11", "Peritoneal Dialysis Clinic", """
PD CLINIC -- Eastmere

71F on CCPD (5 cycles overnight, icodextrin long dwell). Exit site: clean,
dry, tunnel non-tender, effluent clear.
New: since June a painful sore, L shin (anterior); began as a purple
blotch, now open. No injury recalled.
O: BP 134/70, wt 78.4 kg, BMI 30.0
L anterior shin: ulcer 3x2.5cm, base dry and black, net-like violet rim,
surrounding skin woody. Pedal pulses palpable. ABPI L 1.0
Bloods: adj Ca 2.55, phos 2.02, PTH 64, INR 2.6 (warfarin for AF)
T2DM diet controlled, HbA1c 47, no tablets.
Imp: L shin ulcer -- ?calciphylaxis vs arterial vs simple traumatic
Plan: referral to Quarrybank derm/dressing clinic. Stop calcium
carbonate, sevelamer instead. Cardiology re warfarin -> apixaban?

Dr H. Ferreira
"""),
("2023-08-08", "Dressing Clinic Nursing Note", """
Quarrybank Day Unit -- Dressing Clinic

Wound site: L shin, anterior, mid third. Onset June 2023 (per pt).
Hx from pt today: this spring she had 3 "warty" seborrhoeic keratoses on
that shin frozen with liquid nitrogen here in the unit ("when the
daffodils were out"). They scabbed over and healed fully; then the sore
purple patch came up in the very same place.
Size 3.4x2.8cm, depth unmeasurable. Bed: eschar 80% / slough 20%.
Exudate mod, serous. Periwound hard, mottled violet.
Pain 7/10 on dressing removal -> gave prn oramorph before cleansing.
Dressing: Inadine, Kerramax Care, light retention bandage. NO compression
till ABPI repeated (INR 2.4 today).
Photo uploaded. Tissue viability aware.
Plan: consultant review 22/08 with biopsy.

K. Dunmore, Staff Nurse
"""),
("2023-08-29", "Dermatology Clinic", """
Derm consultant clinic -- Quarrybank
71F, PD, AF on warfarin, diet-controlled T2DM.

L shin ulcer: bigger, 4 x 3 cm, more eschar, retiform purpura tracking
2 cm upward. Biopsied at last visit (22/08): two 6 mm punches, edge and
next to the centre, under 1% lignocaine, sutured.
Histopath: calcified media in subcut arterioles, luminal thrombus,
necrotic fat; VK stain +. Fits calciphylaxis.

Comment: the ulcer is squarely within the area of skin where our nurses
froze her seborrhoeic keratoses with liquid nitrogen in the spring of this
year. The freeze injury looks like what triggered it here
(Koebner-type localisation).
Plan: STS via the PD team; stop warfarin if cardiology agree; no more
cryotherapy anywhere; weekly dressing clinic. Wt stable, BMI 30.0.

Dr T. Abernethy
"""),
]}

F04 = {"patient_id": "F04", "age": 49, "sex": "F", "notes": [
("2019-04-29", "Wet Wrap Review (Day Treatment Nursing)", """
Day Treatment -- wet wrap follow-up

49F, severe atopic eczema flare; background ESRF on HD (Mon/Wed/Fri).
Teaching session Thurs 18/4 (demo on her forearms only). Began them at home on Easter Sunday,
every night, full suit: Tubifast vest + leggings, inner layer soaked in
diluted emollient/1% HC, dry outer layer.
Today: itch far better (NRS 8 -> 4), sleeping through, arms and legs
settling.
Issue: elastic waist of the garments is too tight -- deep red grooves
round the waist at both flanks every morning, gone by lunch. She made a
looser band from an old set but still wears the tight one most nights
("it stays up better").
Advice: next size up ordered (2-3 wk wait); no steroid under the band.
Obs: BP 128/74  wt 118.5 kg  BMI 41.6

F. Iqbal, Derm Nurse Specialist
"""),
("2019-05-20", "Day Treatment Eczema Review", """
Dermatology Day Treatment -- review 20/5/19

Wet wraps nightly x 4 wks. EASI 31 -> 12.
Larger garments still not arrived; carrying on with the tight ones.
Trunk: waist grooves both flanks, skin intact, nothing broken down.
Limbs: lichenified, fewer excoriations.
Plan: step wet wraps down to 3 nights/wk; emollient + mometasone to body
bd for 2 wks then weekends only; NB-UVB could be an option if she flares
again -- she dialyses, so talk to renal first.
Wt 118 kg, BMI 41.4
Renal meds seen: cinacalcet, sevelamer, EPO on HD. No diabetes. No
warfarin ever.

F. Iqbal DNS
"""),
("2019-06-18", "Nephrology HD Rounds", """
HD rounds -- chair 11

49F, HD via tunnelled R IJ line (fistula L arm not yet usable).
C/o burning, v. tender L-sided waist/flank swelling; first spotted
3 weeks ago -- "just a bruise", she thought, but it hurt far too much;
now hard w/ a dusky purple lacy edge and a dark centre 1.5 cm.
Measures 6 x 4 cm.
T 37.0  BP 144/90
Labs: cCa 2.70, PO4 2.6 (binders often missed), PTH 96
Imp: painful violaceous plaque L flank -- calciphylaxis likely given the
labs and body habitus
Plan: urgent derm (biopsy); sodium thiosulfate once confirmed; change to
non-calcium binder; HD up to 4x/wk; analgesia -- no NSAIDs, low-dose
oxycodone.

Dr M. Kowalczyk
"""),
("2019-06-27", "Dermatology Consultation", """
Derm -- Quarrybank day unit

Incisional bx L flank 20/06/2019: small subcut vessels calcified and
thrombosed, panniculitis; VK positive ->
CALCIPHYLAXIS.
Today: L flank plaque 7x5cm with 2cm eschar; nothing new elsewhere;
eczema well controlled.
Wet wraps: stopped (flank now too sore to wear any garment over it).
Pain now 6/10 with oxycodone; sleep a bit better. Obs: T 36.8, BP 138/84.
Serial photos taken for comparison.
Plan: STS 25g post-dialysis, three sessions/wk; wound -- Flaminal,
silicone foam, no tape; pain team; renal to look at parathyroid
work-up; review 2/52.
BMI 41.2

Dr A. Marchetti
"""),
]}

F05 = {"patient_id": "F05", "age": 63, "sex": "M", "notes": [
("2025-02-07", "Patch Test Clinic Readings", """
CONTACT DERMATITIS / PATCH TEST CLINIC

63M, motor mechanic, chronic hand dermatitis ~2 yrs.
Series: BSCA baseline + rubber + oils & cutting fluids + own gloves (as
is). Finn chambers on Scanpor tape -- 5 panels across the upper back, both
sides of the spine.
D0 applied Mon 3rd Feb 2025. D2 removal Wed 5th, 1st reading.
D4 today (Fri 7th).
Results D4: thiuram mix ++, own nitrile glove ?+, all else neg.
Tape: marked irritant reaction under the lower tape border of the L-sided panels,
glazed erythema + some skin stripping when the tape came off (very
adherent tape on a hairy back).
Obs: BP 138/82. eGFR 84. INR 3.1 (mechanical AVR on warfarin). BMI 33.5
Plan: thiuram-free gloves (list given), emollient, review in 6 wks.

Dr C. Lindqvist
"""),
("2025-03-11", "Dermatology Urgent Review", """
Urgent derm slot (GP referral)

Pt back early: since late February a hard, exquisitely tender purple
lump, L upper back, beside the shoulder blade, now with a black centre.
O: L upper back (paraspinal, below the spine of the scapula): 4 x 3 cm
indurated stellate violaceous plaque, 1 cm central eschar, retiform edge.
Afebrile.
The plaque sits right where last month's patch test panels and tape were
-- the lower border of the L panels, where the skin stripped.
Renal function normal (creat 88, eGFR >80). Not on dialysis. No
diabetes. Warfarin for mechanical aortic valve (INR 2.9 today).
DDx: non-uraemic calciphylaxis (warfarin, obesity) / vasculitis; warfarin-induced
necrosis improbable (9 yrs of warfarin).
Plan: deep incisional biopsy today; bloods incl Ca, PO4, PTH, protein C/S.

Dr C. Lindqvist
"""),
("2025-03-25", "Dermatology Results Clinic", """
Results clinic -- derm

Histology (bx 11/03/25, L upper back): lobular panniculitis; small-vessel
mural calcification and microthrombi; VK +.
Diagnosis: non-uraemic calciphylaxis.
Koebnerisation: the lesion came up at the site of the patch test tape
injury from early Feb (stripping at the bottom margin of the L panels); I
think the tape trauma is what localised it.
Labs: adj Ca 2.41, phosphate 1.1, PTH 5.2, alb 38; protein C and S normal.
Warfarin: spoke to cardiology -- cannot stop with a mechanical valve;
INR target lowered, vit K2 added.
Plan: STS IV weekly in the day unit, wound care, analgesia, avoid
adhesive tapes from now on. BMI 33.5.

Dr C. Lindqvist / Dr A. Marchetti
"""),
]}

F06 = {"patient_id": "F06", "age": 57, "sex": "F", "notes": [
("2016-10-04", "NB-UVB Treatment Log", """
NB-UVB Treatment Record -- Cabin 3

57F, psoriasis (guttate flare on chronic plaque). Skin type III.
2nd course of 2016.
Session 11 | 04/10/16 | 0.86 J/cm2 | cumul 6.9 | erythema: nil |
goggles Y | face shield Y | genital shield Y
Pre-exposure check: plaques on trunk and limbs thinning, PASI est 6.
Meds checked (no new photosensitisers): insulin (Humalog Mix25) since
2011, twice a day into the belly, swapping L/R of the navel;
sevelamer; cinacalcet; darbepoetin. Warfarin stopped 2014 at the end of
her DVT course.
Renal: ESRF, HD Tue/Thu/Sat.
Wt 101.3 kg, BMI 38.9
Next session Thursday.

Op: G. Mbeki
"""),
("2016-11-15", "Haemodialysis Unit Note", """
HD unit -- nursing + medical

Pt tearful with tummy-skin pain: "both sides of my belly, right on my
insulin spots". Symptoms x 10 days.
Exam: lower abdomen, either side of umbilicus, two firm purple
net-patterned plaques (L 5x4cm, R 3x3cm); small dark necrotic centre on
the L one. Warm and very tender to touch.
Obs: T36.6, BP158/84, HR90
Labs: Ca adj 2.58 | PO4 2.35 | PTH 142 pmol/L
Imp: ?calciphylaxis
Plan: switch insulin sites to the thighs for now -- DSN informed; urgent derm
review at Quarrybank; stop calcium acetate.

SN R. Oduya / Dr P. Sandhu
"""),
("2016-11-24", "Dermatology Consultation", """
Derm consult

57F, HD, insulin-treated T2DM, psoriasis on NB-UVB (course suspended).
Punch bx of L plaque 17/11: subcutaneous small vessels calcified, with
fibrin thrombi, von Kossa +. Diagnosis: calciphylaxis.
Both plaques lie at her insulin injection sites either side of the
umbilicus -- typical localisation at injection trauma.
Other areas (thighs, breasts, buttocks) clear.
PMH: warfarin 2012-2014 for DVT (stopped).
Plan: STS thrice weekly on dialysis; abdomen no longer to be used for insulin;
wound care; no phototherapy until healed.
BMI 38.5

Dr R. Achterberg
"""),
]}

F07 = {"patient_id": "F07", "age": 69, "sex": "M", "notes": [
("2017-08-22", "Dermatology Day Surgery Operation Note", """
DAY SURGERY LIST -- Quarrybank minor ops room          22/08/2017

Procedure: excision of nodular BCC, L lateral upper arm (halfway between
shoulder and elbow).
LA: 1% lignocaine + adrenaline 1:200,000, 6 ml.
Ellipse 24 x 9 mm, 4 mm margins, suture marker at 12 o'clock.
Closure: 4-0 Vicryl deep, 4-0 Prolene interrupted. Steri-Strips + Mepore.
Blood loss minimal. On clopidogrel (continued); not on warfarin.
Background: ESRF on HD (Mon/Wed/Fri, R radiocephalic AVF); diabetic (T2),
linagliptin only, never insulin.
Post-op: ROS day 10-12 at the HD unit (letter given). Wound leaflet.
Histology to follow.
91kg, BMI 29.4

Surgeon: Dr O. Haddad
"""),
("2017-11-28", "HD Rounds", """
HD rounding 28/11/17

69M. Painful ulcer, outer aspect L upper arm, since Bonfire Night; started
as a firm purple lump, broke down about ten days on; now 2.5x1.5cm,
black stuck-on eschar, mottled livid skin around it 5 cm wide.
Pain 7/10, waking him at night.
BP 132/70  P 72  T36.8  sats 96% air
Bloods: cCa 2.52, phos 2.11, PTH 88, ALP 160
Not febrile, no spreading redness.
Imp: ? calciphylaxis vs infected wound
Plan: urgent Quarrybank derm referral; wound swab; hold off abx until swab
back; paracetamol + oxycodone prn.

Dr S. Adeyemi
"""),
("2017-12-12", "Dermatology Dressing Clinic and Results", """
Derm review + dressing clinic

Bx (4 Dec, edge of the L lateral upper arm ulcer): arteriolar medial
calcification in the subcutis, thrombi within vessels, necrotic fat --
calciphylaxis. Swab: skin flora only.
Wound today: 3x2cm; 70% eschar, 30% slough, scant exudate. Livedo
around it.
Dressing: Flaminal Hydro + Mepilex Border Lite, change 3x/wk after HD.
Pain 5/10, sleeping better.
Plan: STS alongside HD (renal know); cinacalcet up-titrate; pain clinic
letter; no further surgery on that arm.
BMI 29.1

Dr O. Haddad / SN Pryce
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
