"""probe262 corpus notes, K01-K07 (patient and caregiver diaries, letters and logs, and the
clinic notes that answer them; all people, places and wording invented)."""

K01 = {"patient_id": "K01", "age": 67, "sex": "F", "notes": [
("2023-05-02", "Patient Diary (scanned)", """
[Scanned: spiral notebook, 3 pp, handed in by pt at renal clinic]

My shot + sugar book - Loretta P.

Mar 3 - Pam at the kidney center says my stomach is to bruisey from the Lantus and I got to
rotate. So tonite I switched to my right thigh, the outside part. 22 units.
Mar 17 - sugar 152 fasting. leg fine.
Apr 2 - same spot on the right leg every nite, its easyer to get at sitting on the bed.
Apr 19 - there is a hard purple patch on my right thigh on the outside, smack where I been
putting the needle. Feels like a burn when the sheet touchs it.
Apr 26 - bigger, like my palm now. Black dot in the midle.
Apr 30 - cant sleep on that side. Took 2 tylenol.
May 1 - bring this book to Dr Sandoval tomorow!!
"""),
("2023-05-02", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC - Harlow Springs Kidney Associates
67yo woman; DM nephropathy -> ESRD; dialyses 3x/wk (Mo-We-Fr) in-center at Lakeside (R IJ
tunneled catheter while L AVF matures). Type 2 DM, glargine 22u at bedtime. AF - apixaban.
Warfarin:
never.

Interval: came with her notebook. On RN advice she moved the glargine off the abdomen onto
the R lateral thigh 3/3/23 and has used that one patch of skin nightly. 4/19 she found a
hard purple area there.

Exam: BMI 36.2 at 97.6 kg. R lateral thigh - 9x6cm woody, violaceous plaque, netlike edge,
2cm black eschar centrally, exquisitely tender. Abd: a few old yellowish ecchymoses, no
plaques.

A/P:
1. Necrotic plaque R lat thigh, right in her insulin field - suspect calciphylaxis. Derm
to see
   urgently + deep incisional bx. Stop injecting into either thigh; posterior upper arms
   instead.
2. PTH 812 with Ca 9.8 and PO4 7.1 - change binder, add cinacalcet.
"""),
("2023-05-16", "Dermatology Follow-up", """
DERMATOLOGY - post-biopsy visit
67F on HD. Incisional biopsy of R lateral thigh taken 2023-05-04.
Path (Harlow Springs Pathology S23-4471): vK-positive Ca++ in the walls of sc arterioles,
luminal thrombi, intimal hyperplasia; septal and lobular fat is necrotic.
Dx: CALCIPHYLAXIS, R lateral thigh, arising squarely inside her nightly glargine
injection territory (that area in use since early March; lesion first seen 04/19/2023).
Today: plaque 10x7cm, eschar 3cm, no fluctuance, no odor. Pain 8/10.
BMI now 35.8 (96.5 kg).
Plan: thiosulfate 25 g IV intradialytic (final hour) each of her 3 weekly sessions
(agreed with nephrology); wound clinic referral; debride only if infected; non-occlusive
dressings. From now on
she will inject insulin only into the posterior arms. Back in 3 wks.
"""),
]}

K02 = {"patient_id": "K02", "age": 71, "sex": "F", "notes": [
("2023-01-09", "Letter from Patient's Husband (scanned)", """
14 Wren Close, Millbury
9th January 2023

Dear Dr Okafor-Hale,

I am writing because Margaret gets muddled in clinic and I want you to have it all written
down. Since bonfire night (5th November) she has been taking a hot-water bottle (her "hottie")
up with her each night and keeping it on her tummy, left side, low down, for the wind
pains. On Christmas Eve
she showed me a sore purplish patch in exactly that place, about as big as a 50p coin. By
the 2nd of January it had gone crusty and black in the middle and she cannot bear her nightie
touching it. She has given up the bottle now.
She is still on her warfarin for the heart valve and goes over to the Ashcombe unit for her
dialysis Tuesdays, Thursdays and Saturdays.

Yours sincerely,
Dennis Whitlock
"""),
("2023-01-10", "Renal Outpatient Clinic Letter", """
Renal Outpatient Clinic - Ashcombe Renal Unit
Clinic date: 10/01/2023

Diagnoses:
1. Painful necrotic plaque, left lower abdominal wall - calciphylaxis suspected
2. ESRD, haemodialysis Tue/Thu/Sat; adult polycystic kidney disease
3. Mechanical mitral valve - warfarin, INR goal 3.0-3.5
4. Not diabetic (HbA1c 36 mmol/mol)

Many thanks for seeing this 71 year old lady, who attended with her husband; I have read his
letter. From 05/11/2022 her husband describes a nightly hot water bottle held against the
LLQ, and the lesion was first noticed on 24/12/2022 at that same spot. Today there is a
5x4cm violaceous, indurated plaque with a stellate edge and 1.5cm of adherent black
eschar at its center. Skin elsewhere unremarkable. Weight 81.4 kg, BMI 31.4 (obese).
Plan: urgent skin biopsy through dermatology, no local heat whatsoever, warfarin to be
reviewed with cardiology (LMWH bridge likely), tighter phosphate control.

Dr R. Okafor-Hale, Consultant Nephrologist
"""),
("2023-02-14", "Tissue Viability Nurse Review", """
TISSUE VIABILITY NURSE REVIEW - 14.02.23
Area: renal day unit

Histology (derm biopsy 17/01/2023) reported arteriolar calcification deep in the fat, with
necrosis of fat lobules - calciphylaxis confirmed.
Wound: L lower abdomen 5.5 x 4.5, roughly four-fifths eschar and one-fifth sloughy yellow
tissue, moderate serous leakage, peri-wound skin violaceous and tender. Pain 7/10 at each
change.
Cardiology have changed warfarin over to enoxaparin - pt and husband shown how to inject into
the thighs and well clear of the wound. Sodium thiosulfate given with each dialysis session.
Dressing: silver alginate under a soft silicone foam, renew every 2-3 days; no adhesive tape
on her skin.
Hot water bottle not used since early January (husband confirms).
BMI 31.0 (80.2 kg today).
Review in a fortnight.
"""),
]}

K03 = {"patient_id": "K03", "age": 58, "sex": "F", "notes": [
("2024-09-03", "Patient Symptom Log (typed, brought to visit)", """
SYMPTOM LOG - Denise Carrow - for the skin doctor

June 2024: bought three new underwire bras a size smaller. On the right the wire digs into
the crease under my breast all day at work. (Left side fits ok.)
July: a red line in the right crease by evening, gone by morning.
Middle of August: a sore purple streak came up in the right crease, under the wire, and
stayed. I thought it was heat rash.
Aug 25: turned dark red/black, skin rock hard, pain 9/10, cant wear any bra now.
Aug 30: little open spot, some smell.
Medicines: warfarin 5 mg (clots in my legs 2021 and 2023), metformin 1000 twice a day,
lisinopril 20.
I do not have any kidney problems that I know of.
"""),
("2024-09-03", "Dermatology Consult", """
DERMATOLOGY CONSULT - Brightwater Dermatology
CC: painful dark area under R breast.
HPI: 58F, brings a typed symptom log. Daily new underwire bras since June 2024; the wire
sits in the R inframammary fold. Purple streak appeared mid-Aug 2024, then hardened fast and
went necrotic.
PMH: T2DM (metformin only, no insulin), recurrent DVT - warfarin since 2021, HTN. Kidneys
normal: creat 0.7, eGFR >90; never dialysed.
Exam: BMI 43.1. R inframammary fold: linear stellate plaque 8x3cm, retiform purpura at its
margins, black eschar 2x1cm centrally, tracking the underwire line. L breast clear.
A: Necrotic plaque in R IMF. DDx: calciphylaxis (non-uremic) > skin necrosis from warfarin
(INR labile lately) > nec fasc - doubtful, afebrile, no crepitus.
P: 6 mm deep incisional biopsy today incl. von Kossa; INR, protein C/S; no underwire.
"""),
("2024-09-17", "Dermatology Follow-up", """
DERM F/U - Brightwater Dermatology - 09/17/2024
Path from the 9/3/24 biopsy: Ca++ rings around small subcut vessels (vK+);
occasional microthrombi; lobular panniculitis w/ necrosis; no vasculitis. Protein C and S
both normal.
Dx: NON-UREMIC CALCIPHYLAXIS, R inframammary fold / R breast, following the chronic
pressure line of the underwire (bras worn since June; onset mid-August).
Risk factors: obesity (BMI 43.1), warfarin, female sex, T2DM. Kidney function normal.
Plan: hematology stopped warfarin 9/10 -> apixaban. STS IV x3/week through
the infusion suite (PICC placed L arm 9/12). Wound: hydrogel + nonadherent contact
layer, soft wire-free bra only. Gabapentin 100 at night for pain. Photos taken. F/u 2 wks.
"""),
]}

K04 = {"patient_id": "K04", "age": 62, "sex": "M", "notes": [
("2021-03-10", "Letter from Patient (scanned)", """
March 10 2021

To Dr Bhattacharya and the kidney team,

I want to tell you about my arm before dialysis on Thursday. When I was in St Brendan's with
the chest infection (Feb 14 to Feb 18) they put the IV in my right forearm, the inside part
below the elbow, and wraped it with a lot of tape because I kept catching the tube on the
bed rail. The skin under all that tape was itchy and red when they pulled it off.
It was fine for about 2 weeks. Then on 3/6 that same place went dark and hard, and by now
theres a black scab as big as a quarter with purple all round it. It is more painful than my
fistula arm ever was. I am not diabetic and I dont take any blood thinners.

Thank you,
Raymond Tull
"""),
("2021-03-11", "HD Unit Rounding Note", """
Eastgate Dialysis - HD rounds (chair 14)
62M, IgA nephropathy -> ESRD; dialysis Tues/Thurs/Sat; access = L brachiocephalic fistula.
A1c 5.3% - no
diabetes. Takes no anticoagulant (no warfarin). EDW 82.0 kg, BMI 27.1.
Pt handed us his letter. Peripheral IV R volar forearm 2/14/21-2/18/21 during pneumonia
admission, secured with heavy tape. New lesion noticed 3/6/21 at exactly that spot.
Exam: R volar forearm - black eschar 2.5cm sitting in a 5cm violaceous retiform rim, firm
and very tender; R radial pulse 2+. L arm fistula: thrill/bruit good.
Chem today: Ca 10.1 mg/dL (albumin 3.4), PO4 6.8 (high), iPTH 640.
Assessment/plan: ?calciphylaxis at the old PIV/tape site vs infected thrombophlebitis. Derm
referral to punch it, wound care consult. Calcium acetate -> sevelamer. No BP cuffs or IV
sticks on the R arm.
"""),
("2021-03-29", "Dermatology Consult", """
Dermatology - Eastgate Medical Group - 29 March 2021
Sent over by the HD unit re: R forearm lesion.
Two punches taken 3/16/21 at the rim of the R volar forearm eschar: dermal + subcutaneous
arterioles
showing mural calcium and thrombosed lumens (vK stain +); no vasculitis.
Impression: calciphylaxis, R forearm, which developed where a recent peripheral IV and its
tape sat (in place 2/14-2/18/21; lesion onset 3/6/21). The forearm is an uncommon location.
Exam today: eschar 3cm, purpura stable, no cellulitis, no tracking.
Plan: sodium thiosulfate with HD TTS; nonadherent dressings held with tubular gauze (no
tape); no cannulation of any kind in the R arm. Prognosis discussed frankly; he wants full
treatment. Return in 3 weeks.
"""),
]}

K05 = {"patient_id": "K05", "age": 78, "sex": "M", "notes": [
("2025-01-10", "Dialysis Unit Nursing Note", """
HD NURSING NOTE 01/10/2025 - Riverbend Kidney Center
Pre: BP 148/76, HR 72, wt 70.9 (EDW 70.0). Access L upper arm AVG, good thrill.
Pt reports his grandson's new puppy scratched his L shin yesterday evening while he sat in
his recliner. Assessed: three linear superficial scratches L anterior shin, longest 4cm,
scabbed, no drainage, no redness. Cleansed w/ NS, petrolatum + dry gauze applied.
Teaching: keep clean, call for redness or pain.
Run: 4h, UF 1.8 L, heparin per protocol. Tolerated.
Post: BP 132/70, wt 69.2.
Meds reviewed: linagliptin for T2DM (no insulin), amlodipine, sevelamer, calcitriol.
Note: was on warfarin until 2012 for AF, stopped after GI bleeding; now takes no
anticoagulant.
S. Mbeki, RN
"""),
("2025-02-14", "Caregiver Log (daughter), scanned", """
Dad's leg - notes by Rosa (daughter) for his kidney doctor

Jan 20 - the puppy scratches on his left shin look healed, just pink lines now
Feb 1 - he says the left shin burns at night, I didnt see anything on it
Feb 5 - purple blotchy net down the front of his left shin, hard underneath, hurts to touch.
Called the dialysis nurse, she said show the doctor.
Feb 9 - darker, a little pea-size black center
Feb 12 - black part bigger (like a nickel). He is not sleeping. He wont eat much either.
Feb 13 - appt made at the wound clinic for next Wed the 19th
"""),
("2025-02-19", "Wound Care Clinic Note", """
WOUND CLINIC - Riverbend Health
78M on HD (MWF), T2DM on linagliptin, no known PAD, ABI 1.05 L.
HPI: his daughter first spotted a purple, net-like area over his L anterior shin 2 weeks
ago; it has gone necrotic since. Pt recalls dog scratches to that shin early in Jan, healed.
Exam: ulcer, L mid anterior shin, 3.0x2.4cm under dry black eschar; around it an 8cm band of
retiform purpura over firm subcutaneous tissue. Pain 8/10 - he winces at light touch.
Pedal pulses palpable.
A: necrotic ulcer L shin + retiform purpura; on dialysis - calciphylaxis top of the
list; DDx vasculitis; warfarin necrosis not applicable (off since 2012).
P: two 4mm punches at the purpuric edge today, von Kossa requested. Hold collagenase until
the path report. Dry dressing, tubular retention. Copy to nephrology.
"""),
("2025-03-04", "Nephrology Clinic Note", """
Nephrology - Riverbend Kidney Associates - 3/4/25
Bx 2/19 L shin: calcified, thrombosed small arterioles deep in the subcutis, fat
necrosis. => CALCIPHYLAXIS of the L anterior shin (biopsy-proven).
Timeline: puppy scratch L shin 1/9/25 (HD RN note); purpura first seen 2/5/25 (daughter's
log).
BMI 24.5 (69.0 kg). Calcium-phosphate product elevated for 3 months; PTH 1040.
Plan: thiosulfate 25 grams, run in post-HD three times weekly; calcitriol off; cinacalcet
started at 30;
low-calcium bath; palliative care referral for pain; weekly wound clinic. Parathyroidectomy
discussed - too frail at present. Daughter updated by phone.
"""),
]}

K06 = {"patient_id": "K06", "age": 54, "sex": "F", "notes": [
("2019-11-26", "PD Unit Nursing Note", """
PD UNIT - St. Ita's Renal Service - 26.11.2019
54F on CAPD since 03/2018 (IgA nephropathy). Not diabetic. No anticoagulants; warfarin was
discussed for paroxysmal AF in 2018 but never started (CHA2DS2-VASc 1).
Hb 94 g/L -> commence darbepoetin 40 micrograms subcut fortnightly, self-given at home.
Teaching done: prefilled pen technique, sharps bin, keep pens in the fridge. Pt is right-
handed and picked her LEFT upper arm, posterior aspect; she self-injected dose one there today
under supervision, no problems.
PD exit site R lower abdo - clean, dry, no crusting, non-tender.
Weight 76.8 kg, BMI 28.4.
Next clinic in 4 weeks.
M. Ni Bhriain, CNS
"""),
("2020-01-27", "Patient Symptom Diary (scanned)", """
Diary for Dr Varga - Aoife

10/12 - aranesp injection, back of left arm again. fine
24/12 - aranesp left arm, did it early because of xmas eve
07/01 - sore hard lump, back of left arm, right where I do the aranesp. purple
round it like a map. PD drains fine
12/01 - lump bigger and throbbing. didnt put the injection there, did the tummy instead
(nurse ok'd it on the phone)
15/01 - top of it gone black, size of a 2 euro coin
20/01 - no lying on my left side at all
24/01 - rang the unit, they said come in monday
"""),
("2020-02-11", "Joint Renal-Dermatology Clinic", """
Joint renal-dermatology clinic, 11/02/2020
Dx: CALCIPHYLAXIS, posterior left upper arm - biopsy 29/01/2020 (incisional; calcium +
thrombus
in subcutaneous arterioles; von Kossa +).
Course: self-injected darbepoetin SC into this same area every 2 weeks from 26/11/2019;
hard purple nodule from 07/01/2020 (patient diary), eschar by mid-January.
Exam: 4 by 3.5 cm eschar, L posterior upper arm, violaceous retiform rim. Abdomen and
thighs clear.
Weight 78.0 kg, BMI 28.9. Bloods: phosphate 2.3, adjusted calcium 2.61 (mmol/L), PTH 95
pmol/L.
Plan: ESA doses to the abdomen, kept clear of the PD exit site (pt instructed); STS 25 g
intravenously x3 per week via day ward; stop calcium carbonate; start cinacalcet; transfer
CAPD -> HD
only if venous access for STS becomes a problem. Review 2 weeks.
"""),
]}

K07 = {"patient_id": "K07", "age": 69, "sex": "M", "notes": [
("2026-02-03", "Caregiver Log (wife), scanned", """
Notes on Walt's legs - by June, his wife

He drives himself to dialysis Mon Wed Fri, 40 min each way. Ever since the weather turned
cold last fall he keeps his heated seat cranked to HIGH for the whole drive, both ways. Says
it helps his back.
Sometime in January (I didnt write the day down, sorry) he showed me purple lacy marks
over the backs of his thighs, both legs, the part that sits on the seat.
Jan 24 - two hard dark spots inside the marks, one on each leg.
Jan 29 - the left one is black and big as a half dollar, right one smaller. He cant sit
through a whole ball game.
Feb 1 - He finally turned the heater off.
His sugar has been ok on the Tresiba, he does that one in his stomach.
"""),
("2026-02-04", "HD Rounding Note", """
HD ROUNDS 2/4/26 - Northfield Dialysis
69M; ESRD (diabetic kidney disease); hemodialysis at Northfield (R arm AVF) Mon, Wed, Fri.
T2DM - degludec 30u
once a day (abdomen). No anticoagulants, never warfarin. Post wt 104.2; BMI 33.9.
Wife's log reviewed. Heated car seat on high daily since fall 2025, in contact with the
posterior thighs 80+ min each dialysis day. Lacy purple discoloration began Jan 2026.
Exam: posterior thighs both sides with retiform purpura; L black eschar 4.5cm, R indurated
2.5cm plaque starting to necrose centrally. Pain severe, worse sitting.
A: bilateral posterior thigh necrotic lesions in the zone of chronic seat-heater exposure -
calciphylaxis highly suspected.
P: derm bx; seat heater off for good; non-calcium binder; hold calcitriol; HD to 4.5 h.
"""),
("2026-02-17", "Dermatology Consult Follow-up", """
DERMATOLOGY - 17-Feb-2026
Biopsy 2026-02-09, R posterior thigh (incisional): calcified subcutaneous microvessels,
thrombi, necrotic fat; stain for calcium (vK) positive.
Final dx: calciphylaxis, bilateral posterior thighs. Distribution matches chronic
thermal exposure from the car seat heater he used daily since last autumn (lesions since
January).
Wound: L eschar 5x4cm, R eschar 3x2.5cm, no infection.
Plan: STS through HD; wound care (enzymatic debridement once STS established); gel cushion
for car and dialysis chair; pain team. BMI 33.9. Wife to keep the log going and bring it
to every visit.
"""),
]}

PATIENTS = [K01, K02, K03, K04, K05, K06, K07]
