"""probe206 corpus notes, B01-B07 (calciphylaxis registry CRFs, abstraction and the clinic notes
around them; every person, place and sentence invented)."""

B01 = {"patient_id": "B01", "age": 63, "sex": "F", "notes": [
("2020-06-16", "Dermatology Inpatient Consult", """
DERMATOLOGY INPATIENT CONSULT   6 West, bed 14
Requesting: Dr. F. Okonkwo-Reyes (renal).  Q: "painful black spot on belly - ?calciphylaxis"

HPI: 63 yo woman; ESRD, HD Tu-Th-Sa since 2016 (L brachiocephalic AVF); T2DM, glargine 28u
qHS + lispro sliding scale. Every insulin dose goes in the lower belly, either side,
since March 2018 (glipizide swapped for insulin by PCP then). First saw a tender
purple spot to the R of the navel ~2 wks ago; it has darkened and spread. No fevers.
Never on warfarin.

Exam: BP 152/84, P 88, Temp 36.8, RR 16
R lower abdomen / R periumbilical: 6x4cm stellate blackened eschar, retiform purpura
all round it, woody induration, exquisitely TTP. Two pea-sized firm nodules just below it.
L lower quadrant: lipohypertrophy only, no purpura.
Labs today: Ca 9.4 | PO4 7.3 | iPTH 806 | alb 2.8

Impression: calciphylaxis on clinical grounds, and it sits squarely on her insulin
injection sites (R lower abdomen). 4mm punch off the purpuric margin -> path.
Rec: switch insulin sites to upper arms; sodium thiosulfate per renal with runs; wound RN.
"""),
("2020-07-08", "Registry CRF - Form A (Enrollment)", """
GLOVCR  CASE REPORT FORM A - ENROLLMENT / BASELINE
Subject ID: 04-0147    Site 04 (St. Brendan Med Ctr)    Abstractor: K.L.M.
Consent obtained: 07/08/2020 (pt signed; witness RN)

A1  Date of diagnosis ........ 06/19/2020 (path sign-out)
A2  Basis .................... [X] histology  [ ] clinical only
A3  Path text ................ "medial calcification of subcut arterioles, intimal
                               hyperplasia, luminal thrombi, lobular fat necrosis"
A4  Lesion site(s) ........... abdomen - R lower quadrant / periumbilical
A5  Onset of 1st lesion ...... 02-JUN-2020 (derm HPI "~2 wks ago" on 6/16)
A6  Skin trauma at lesion
    site before onset? ....... [X] Yes  [ ] No  [ ] Unknown
A6a Type ..................... SC injection - insulin
A6b Start .................... 03/2018 (source gives month only)
A7  ESRD / modality .......... Y / in-center HD
A8  Diabetes / insulin ....... Y (type 2) / Y
A9  Warfarin ever ............ N
A10 Ht / Wt / BMI ............ 162 cm / 94.0 kg / 35.8
Comment: derm consult places the lesion on her insulin injection sites;
abstractor concurs after source review.
"""),
("2020-07-21", "Registry Data Query and Site Response", """
GLOVCR DATA QUERY  #04-0147-Q2
Raised 07/14/2020 by central data monitor (J. Tesfaye)
 1) A6b - trauma start entered as month only. Can the site supply a day?
 2) A6 - were injections also given into the L side? Confirm quadrant(s) used.
 3) A10 - confirm source of weight.

SITE RESPONSE 07/21/2020 (K.L.M.)
 1) Endocrine visit of 3/2018 documents the switch to basal insulin; the day of the
    first dose is not recorded anywhere in the chart. Keep 03/2018.
 2) Pt interviewed by phone: rotates between both lower quadrants; thighs and arms
    never used. Lesions are on the R side only; L side shows lipohypertrophy without
    purpura (derm exam 6/16).
 3) Post-run dry wt from the HD flowsheet of 6/19/20 = 94.0 kg. BMI unchanged.
Query closed 07/21/2020, no change to eCRF.
"""),
]}

B02 = {"patient_id": "B02", "age": 71, "sex": "F", "notes": [
("2022-12-14", "Hemodialysis RN Treatment Note", """
HD TX NOTE   Chair 9, 2nd shift   Lakeshore Dialysis
Pre: BP 138/70  HR 76  T 36.1  wt 71.6 kg (EDW 70.5)
Access R fore-arm AVF (thrill + bruit present)
Pt again c/o being "freezing" in the chair. Since Thanksgiving she brings air-activated
hand-warmer packets from home and slips one inside her L sock against the L inner calf for
the whole 4 hr run ("my left leg is the cold one"). Packet removed to look at skin: faint
pink blanching patch L medial calf, warm, no blister, no break.
Educated re burn risk, offered a 2nd blanket; pt prefers to keep using the packets.
UF goal 1.2 L, removed 1.1 L. Post BP 124/66, no cramping.
Hx: ESRD 2/2 HTN nephrosclerosis; type 2 DM, no tablets - diet handles it; AF on warfarin.
Will mention to charge RN and nephrologist at Thursday rounds.
"""),
("2023-01-27", "Wound Center New Patient Note", """
OUTPATIENT WOUND CENTER - NEW PT
Ref: Dr. Haverkamp (renal).   CC: "sore on my left leg, can't sleep for it"
Hx per pt: since early January a hard purple spot, extremely painful, inner aspect of L calf;
it broke open last week into an ulcer. Pain, by her score,
9 of 10 - nights worst; Tylenol useless.
Meds incl warfarin 4 mg (INR 2.6 on 1/24), sevelamer, amlodipine. HD TTS.
Exam: ulcer of the L medial calf (mid-third), 3.2x2.1x0.2cm, adherent black eschar
over ~60%,
violaceous stellate rim, surrounding livedo. Dopplerable DP/PT pulses; ABI L 1.0.
R leg: no lesions.
Assessment: painful necrotic ulcer L medial calf, HD + warfarin - concerning
for calciphylaxis; arterial ulcer less likely given ABI.
Plan: derm for biopsy (booked 2/1); Medihoney + foam; sharp debridement deferred
pending a diagnosis.
BMI today 28.4.
"""),
("2023-02-03", "Dermatopathology Report", """
SURGICAL PATHOLOGY - DERMATOPATHOLOGY     Accession DP23-01187
Specimen: skin, L medial calf, 6 mm punch (collected 02/01/2023, Dr. R. Patel)
Clinical hx: HD pt on warfarin with painful necrotic L calf ulcer - calciphylaxis? arterial?
Gross: one tan-brown skin punch, 0.6 cm diameter x 0.9 cm deep, bisected, entirely submitted.
Microscopic: epidermal ulceration with a serum crust. Within deep dermis/subcutis the
small and medium arterioles show circumferential von Kossa-positive mural calcium,
luminal fibrin thrombi and intimal proliferation; nearby lobular fat necrosis, with
calcium outlining adipocyte membranes. No leukocytoclasis. PAS and GMS negative for fungi.
DIAGNOSIS: Skin, left medial calf, punch - calcific uremic arteriolopathy (calciphylaxis).
Comment: result called to Dr. Patel (dermatology) 2/3/23 at 14:10.
"""),
("2023-03-10", "Registry CRF - Form B (Lesion Detail)", """
GLOVCR FORM B - LESION DETAIL    Subject 02-0311    Abstractor: R.D.
B1 Lesion #1 location ...... L lower leg, medial calf, mid-third
B2 Morphology .............. ulcer w/ eschar, livedo at border
B3 Onset ................... 01/2023 ("since early January", wound ctr 1/27/23)
B4 Largest size ............ 3.2x2.1cm
B5 Histology ............... Y - CUA on 02/01/2023 punch (DP23-01187)
B6 Prior trauma at lesion site   [ ] Y   [ ] N   [X] Unk
   Abstractor note: derm and wound notes do not address local trauma. Dialysis unit
   RN notes not yet in the packet - records request faxed 3/9/23.
B7 Other lesions ........... none
Risk block: ESRD on HD since 2019 / DM2 diet only, no insulin / warfarin current (AF),
stop date pending / BMI 28.4 (1/27/23)
"""),
]}

B03 = {"patient_id": "B03", "age": 58, "sex": "M", "notes": [
("2020-02-20", "Nephrology HD Rounding Note", """
HD ROUNDS  (Tue/Thu/Sat, chair 4)   Dr. A. Mwangi
58M; ESRD (IgA nephropathy); first in-center HD run 09/12/2019, L upper-arm AVF.
Not diabetic - A1c 5.2. Takes no anticoagulant.
S: a "bruise" inside the R upper arm, first seen roughly 3 weeks ago, now very
tender, stops him sleeping on that side.
O: BP 161/92 (R arm, automated cuff)  HR 80  wt 82.4 kg  BMI 27.1
R medial upper arm: 7x5cm violaceous patch in a net pattern, firm dusky plaque centrally;
its borders match the cuff bladder. The machine cuff has cycled q15-30 min on this arm
every run since HD began (AVF arm is off limits).
Labs 2/18: iPTH 1240 / cCa 10.1 / PO4 6.8 / ALP 188
A: retiform purpura R upper arm under the BP cuff - strongly suspect calciphylaxis brought
on by repetitive cuff pressure.
P: move cuff to the R calf; urgent derm bx; hold calcium-based binder; start cinacalcet.
"""),
("2020-02-27", "Dermatology Clinic Note", """
DERM CLINIC - f/u for bx result
Punch bx R medial upper arm (2/21/20): subcutaneous arteriolar walls calcified,
thrombosed lumens, septal panniculitis with calcium - confirms calciphylaxis.
Today: plaque now 8 x 5 cm, central eschar forming, no drainage. Pain 7/10 despite
post-run gabapentin 100mg.
Pt: the cuff squeezes exactly there "every twenty minutes, four hours, three days a week."
A/P: biopsy-proven calciphylaxis at the site of repeated BP cuff compression, R upper arm.
 - R arm is now cuff-free; renal to use a leg
 - STS with HD; wound care with calcium alginate + bordered foam
 - will be submitted to GLOVCR, pt agrees to be contacted by the coordinator
RTC 2 wks.
"""),
("2020-04-02", "Registry CRF - Form A (Enrollment)", """
GLOVCR  FORM A   Subject 07-0052   Site 07 (Riverbend Kidney Ctr)   Abstr: T.O.
A1 Dx date: 21-FEB-2020        A2 Basis: histology
A4 Lesion site(s): R upper arm, medial
A5 Onset: 30-JAN-2020 (rounding note 2/20: "roughly 3 weeks ago")
A6 Trauma at lesion site before onset: Y
A6a Type: pressure - automated BP cuff cycling during every HD run
A6b Start: 12-SEP-2019 (first HD treatment)
A7 ESRD / HD: Y / in-center
A8 DM: N (A1c 5.2)    Insulin: N
A9 Warfarin ever: N
A10 BMI: 27.1
Free text: treating team (nephro + derm) attribute the lesion to cuff pressure; both notes
in the source packet. Status at 6 wk: partial re-epithelialization; cuff now on R calf,
no new lesions there.
"""),
]}

B04 = {"patient_id": "B04", "age": 49, "sex": "M", "notes": [
("2017-10-05", "General Surgery Post-op Note", """
GEN SURG POD #2
Procedure 10/03/2017: open R native nephrectomy (massive ADPKD kidney, 31 cm, recurrent cyst
bleeds, early satiety) via R subcostal incision; needed before transplant listing.
S: pain controlled on oral oxycodone, walking the hall, passing flatus.
O: T 37.4  HR 92  BP 148/90  SpO2 97% RA
R subcostal incision: C/D/I, staples intact, no drainage. JP drain removed this AM.
HD M-W-F through his L forearm AVF; next run tomorrow, renal aware.
PMH: ESRD (ADPKD), HTN, obesity (BMI 33.4), DVT 2014 treated w/ warfarin x 2 yrs, off
since 2016. No diabetes.
Plan: d/c home POD 3 if HD tolerated; staples out in clinic 10/17.
"""),
("2017-12-06", "Dermatology Consult", """
DERM CONSULT - outpatient, squeezed in urgently
49M, ESRD on HD, R native nephrectomy for ADPKD on 10/3/17.
Since mid-November: exquisitely painful, hard, purple patches tracking along the right
subcostal scar; wife noticed black centres last week.
Exam: R upper abdomen: 16 cm oblique healed subcostal scar with three violaceous indurated
plaques (1-3cm) strung along its lateral two-thirds; biggest one carries 1cm of black eschar.
Net-like livedo spreads 2 cm either side of the scar. Elsewhere skin clear.
Weight 104kg -> BMI 33.0.
Labs (12/4): CaxP 71; PTH 690; alb 3.1.
Impression: clinical diagnosis of calciphylaxis, localized to a recent surgical incision
(R upper abdomen). Two 4mm punches off the plaque margin sent today to confirm.
Plan: thiosulfate 25g IV, every dialysis session, stop calcitriol, pain svc, wound RN.
"""),
("2018-01-22", "Registry CRF - Form A with Abstractor Comment", """
GLOVCR FORM A  -  Subject 04-0099  -  Abstractor K.L.M.  -  entered 01/22/2018
Dx: punch bx 12/06/2017, histology confirmed 12/08 (arteriolar calcification + thrombi)
Lesion sites: abdomen, R upper quadrant, along the subcostal nephrectomy scar
Onset: 11/2017 (source: "since mid-November"); day unknown
Trauma at lesion site before onset: Yes - procedure
   surgical incision, R native nephrectomy 10/03/2017 (op note on file)
ESRD Y, HD (AVF)
DM N     Insulin N
Warfarin ever: Y - 2014 to 2016 for DVT, none since
BMI 33.0 (12/6/17)
Abstractor comment: surgeon's and derm's notes both place the plaques on the incision line.
Coded as Koebner pattern per GLOVCR manual sec. 5 (trauma before onset, same site).
"""),
]}

B05 = {"patient_id": "B05", "age": 77, "sex": "F", "notes": [
("2024-03-14", "Emergency Department Provider Note", """
ED PROVIDER NOTE    14-Mar-2024 11:52
CC: fall
77F on HD M/W/F, brought by EMS from outside her dialysis unit: stepping down from the
transport van after this morning's run she missed the step and pitched forward onto her
R knee and shin. No head strike, no LOC, denies hip pain.
PMH: ESRD (diabetic kidney disease), T2DM - linagliptin, AF on apixaban, knee OA.
Vitals: BP 118/64  HR 84  SpO2 96%  T 36.6
Exam: R anterior shin - 5x3cm superficial abrasion with a small flap skin tear and
surrounding bruising. R knee: no effusion, full ROM. Walks with her rollator.
XR R tib/fib and knee: no fracture.
Tx: irrigated, steri-strips to the flap, Xeroform + gauze wrap.
Dispo: home with daughter; PCP to recheck the wound within a week.
"""),
("2024-04-09", "Wound Clinic Note", """
WOUND CLINIC - new referral from PCP
Daughter reports the leg "was healing fine" until 03/28/24, when a dark purple, very
painful area appeared on the R anterior shin; it has since turned black.
Exam: R anterior shin, mid: 4.0 x 3.5 cm full-thickness ulcer with dry black eschar,
purpuric stellate halo, severe pain to light touch, far beyond what its size suggests.
L leg intact. DP pulses 1+ bilat; ABI noncompressible.
A: necrotic R shin ulcer, disproportionate pain, on HD: we are worried about
calciphylaxis.
Plan: edge punch bx done today and sent; no debridement pending result; Medihoney alginate +
ABD pad, change 3x/wk at HD.
Addendum 4/12: path = calciphylaxis (calcified walls of subcutaneous vessels,
thrombi). Renal notified, STS started with HD.
"""),
("2024-04-30", "Registry CRF - Form A (Enrollment)", """
GLOVCR FORM A    Subj 11-0024    Site 11 (Harbor View)    Abstr: M.S.
Dx date ............... 04/09/2024 (bx), histology confirmed 04/12
Lesion(s) ............. R lower leg, anterior shin - 1 lesion
Onset ................. 28-MAR-2024 (wound clinic, per daughter)
Prior trauma at lesion site:  [ ] Y  [ ] N  [X] Unk
   -> QUERY to site: any injury to this area before onset? (wound note silent)
ESRD .................. Y, in-center HD since 2020
DM .................... Y (T2, oral agent only)     Insulin: N
Warfarin ever ......... N (on apixaban)
BMI ................... 24.6 (wt 61.0 kg)
Ca-based binder ....... Y
6-wk status: lesion count stable, pain managed w/ hydromorphone; no new sites.
"""),
]}

B06 = {"patient_id": "B06", "age": 55, "sex": "F", "notes": [
("2021-09-20", "Home PD Clinic Note", """
HOME PD CLINIC - monthly visit
55F, ESRD (lupus nephritis), CCPD 5 exchanges/night. Anemia: self-injects darbepoetin 40 mcg
SC q2wk at home - anterior thighs, L and R by turns, since spring 2021 when she
moved from in-center HD to PD. T2DM on insulin glargine, which she gives in the abdomen.
Since Labor Day: hard, painful lumps, inner thigh L AND R, purple mottling over them now.
Vitals: BP 142/88 | wt 108.6kg | BMI 41.0 | T 37.0
Exit site: dry and clean, nontender.
Thighs: L and R medial thighs each with 2-3 indurated tender SC plaques and overlying livedo;
a dusky 1cm centre on the R side.
Labs: iPTH 455 / cCa 9.9 / PO4 6.1
Plan: urgent derm; no more darbepoetin into the thighs - use the abdomen for now; change
calcium binder to sevelamer.
"""),
("2021-10-01", "Dermatology Consult", """
DERM - NEW CONSULT
Reason: indurated plaques of bilateral thighs in a PD pt.
HPI as per PD note; onset Labor Day 2021. Pt points at the plaques and says "that's where my
Aranesp shots go."
Exam: bilateral medial/anterior thighs: 5 plaques, largest 4 cm on the R, retiform purpura,
one early eschar R. Abdomen (insulin sites): soft, mild lipohypertrophy, no purpura.
Shins and buttocks clear.
Two 5 mm punch biopsies (R and L thigh) today.
Assessment: calciphylaxis of both thighs, clinically typical and sitting precisely on her
darbepoetin injection sites; histology pending.
Plan: stop thigh injections; STS IP or IV per renal; wound care teaching.
"""),
("2021-10-25", "Registry CRF - Form A (Enrollment)", """
GLOVCR FORM A    Subj 02-0188    Site 02    Abstr: R.D.
A1 Dx: 01-OCT-2021 (bx x2); histology 10/05: calciphylaxis in both specimens
A4 Sites: thigh R (medial/ant), thigh L (medial)
A5 Onset: 06-SEP-2021 (Labor Day, per pt)
A6 Trauma at site before onset: Y - SC injection, darbepoetin (ESA)
A6b Start: "spring 2021" - season only; entered as year 2021, month UNK
A7 ESRD Y / PD (CCPD); prior in-center HD 2018-2021
A8 DM Y / insulin Y
A9 Warfarin: never
A10 BMI 41.0 - obese (III)
Comment: derm attributes the distribution to the ESA injection sites. Insulin sites
(abdomen) unaffected. Coordinator confirmed thigh-only ESA use with the PD RN.
"""),
]}

B07 = {"patient_id": "B07", "age": 68, "sex": "F", "notes": [
("2020-10-07", "Wound and Edema Clinic Note", """
WOUND & EDEMA CLINIC
68F, HD M/W/F, with chronic bilateral leg swelling (venous insufficiency + volume), weeping.
Today started 2-layer compression (Coban 2 Lite) to BOTH lower legs, toe-tips
to a finger-width under the popliteal crease; to stay on 3-4 days, reapplied twice weekly here.
Exam: 2+ pitting to mid-shin bilaterally, hemosiderin staining, no ulcers, skin intact.
ABI 0.90 R / 0.92 L.
PMH: ESRD; T2DM, insulin detemir/aspart; mechanical MVR, so lifelong warfarin
(her INR runs 2.5-3.5); obesity (BMI 31.5).
Plan: compression 2x/wk, elevate legs, RTC 2 wks, pt to call for pain or numbness.
"""),
("2021-02-10", "Dermatology Consult", """
DERMATOLOGY CONSULT
Pt has painful, dark, hard patches on both upper calves that began two months ago, right where
the top edge of her compression wraps sits. The wraps are still applied twice a week by the
edema clinic.
Exam: R and L posteromedial calves, 2-3cm beneath the popliteal crease: band-like
horizontal violaceous plaques with retiform purpura, 2x1cm eschar on the L; below the
band edema but no lesions.
Impression: picture of calciphylaxis provoked by compression where the wraps end proximally.
Bx: 4 mm punch, L calf plaque.
Addendum 2/14/21: path - calciphylaxis confirmed (von Kossa+ arteriolar calcification, thrombi).
Plan: STOP compression; warfarin - discuss alternatives w/ cardiology (mech valve); STS with HD.
"""),
("2021-03-01", "Registry CRF - Form A (Enrollment)", """
GLOVCR FORM A  -  Subj 07-0061  -  Abstractor T.O.
Dx: 02/14/2021 histology (bx 2/10/21)
Sites: lower leg, bilateral (upper posterior-medial calves)
Onset: 12/2020 ("two months ago" in derm note of 2/10/21)
Trauma before onset at site: Y - pressure: 2-layer compression bandaging, start 10/07/2020
ESRD: Y      Modality: in-center HD
Diabetes: Y  Insulin: Y
Warfarin: Y, current (mechanical MV)
BMI 31.2 (2/10/21)
Comment: distribution follows the band line; treating derm states the causal link in
writing. Compression stopped 2/10/21.
Source docs uploaded: edema clinic 10/07/20, derm 2/10/21 + path addendum. Second
reviewer (J.T.) agrees with the trauma coding. Next CRF due: 3-month follow-up (Form C).
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
