"""probe194 corpus notes, B01-B07 (Caribbean and West African hospital notes; all invented)."""

B01 = {"patient_id": "B01", "age": 58, "sex": "F", "notes": [
("2019-03-12", "Medical Ward Discharge Summary", """
BLUE MAHOE REGIONAL HOSPITAL - MEDICAL WARD 4 (FEMALE)
DISCHARGE SUMMARY
Age: 58   Sex: F   Admitted 05/03/2019   Discharged 12/03/2019
Consultant: Dr P. Lindo-Grant

Dx: 1. Uncontrolled T2DM (HbA1c 11.2%)  2. ESRD on haemodialysis Tues/Thurs/Sat
3. HTN  4. Fluid overload - settled after an extra HD run

Course: came in breathless, glucometer reading "HI". Oral agents stopped. Commenced
Mixtard 30/70 20u mane / 10u nocte; pt drew up and gave her own first dose under
supervision this morning, 12/03/19. Diabetes nurse taught pt + daughter to give it SC
into the lower abdomen and to move the spot around the belly each time. Pt is
right-handed, prefers her left side.
Ht 161cm, Wt 86kg -> BMI 33.1.  Skin: no wounds seen.

D/C meds: Mixtard as above, amlodipine 10mg od, calcium carbonate 1.25g tds with food,
alfacalcidol 0.5mcg od, folic acid 5mg.
F/U: Diabetes clinic in 6/52; keep HD schedule at the unit.
"""),
("2019-06-04", "Renal Ward Round", """
RENAL WR  Tues 04/06/19   Cons Dr Ebanks, SR, HO x2

58F, ESRD on HD (TTS, L radiocephalic AVF), T2DM on Mixtard since March.
Pt c/o "de belly skin a bun mi bad" - severe pain L lower abdomen since 28/05/19,
not sleeping, cannot bend.
O/E: afebrile, BP 164/96, PR 92.
L lower abdo below umbilicus: 7x5cm plaque, violaceous and stony, purple net-like rim,
central black crust approx 1.5cm. Very TTP.
Staff nurse and pt both point to it: this same patch of belly is where the Mixtard goes
in, morning and night.
Labs: cCa 2.58, PO4 2.31 mmol/L, iPTH 96 pmol/L, Alb 31.
Imp: ?calciphylaxis at insulin injection sites. DDx nec. soft tissue infection (no fever,
no crepitus - unlikely).
Plan: derm r/v + punch bx; stop CaCO3, sevelamer if pharmacy has stock; analgesia;
insulin into the upper arms from today.
"""),
("2019-06-11", "Dermatology Inpatient Consult", """
Dermatology - reply to consult, Ward 4

Many thanks for letting us see this 58 y/o lady. A 4mm punch was done on 05/06/2019,
left lower belly plaque.
Histology (Dr Chin-Quee): subcutaneous arterioles mineralised (calcium in the media),
intima thickened, fat necrosis with thrombi; von Kossa stain lights up.
DIAGNOSIS: CALCIPHYLAXIS (calcific uraemic arteriolopathy). Site: L lower abdominal wall,
arising at her SC insulin injection sites, onset 28 May 2019.
Ulcer today 7.5x5cm, eschar spreading. Wt 85.2kg, BMI 32.8.
Recs:
- sodium thiosulphate 25g IV towards the tail end of every HD run (renal to source)
- no more injections into the belly; use both deltoid areas
- soft non-stick dressings only; eschar not to be touched yet
- pain team to see
We will come back Friday.
Dr K. Whyte-Samuels, Derm Registrar
"""),
]}

B02 = {"patient_id": "B02", "age": 63, "sex": "M", "notes": [
("2022-08-16", "Nephrology Clinic", """
RENAL CLINIC (MOPD) - Ilora-Oke State Specialist Hospital
16th August, 2022

Mr B.O., 63yrs, retired civil servant, known hypertensive x 15 yrs, ESKD on maintenance
haemodialysis TWICE weekly (Tue/Fri) on account of finance, via L brachiocephalic AVF.
Not diabetic. Not on any anticoagulant.

Interval hx: was treated for "malaria and body pains" at a patent medicine store near his
house. Received IM injections daily x 5 days (artemether and diclofenac according to the
chemist), all jabbed into his R buttock (upper outer), starting 9th August. No packets
brought. Now afebrile. Counselled strongly against unprescribed injections esp. NSAIDs.

O/E: not pale, anicteric, BP 158/94, PR 80/min. Wt 72kg, BMI 24.6. Chest clear.
E/U/Cr: Na 136, K 5.4, Urea 21.8, Cr 864 umol/L. Ca 2.49, PO4 2.10. PCV 27%.
Plan: continue HD x2/wk, calcium carbonate 500mg tds, EPO if he can buy it, TCA 4/52.
"""),
("2022-09-13", "Medical Ward Admission Note", """
ADMISSION NOTE - Male Medical Ward 2   13/09/2022   HO, seen with SR Dr Adeyemi

PC: painful sore on the right buttock x 2/52
HPC: apparently well until 2 weeks ago when he noticed a painful dark patch over the
right buttock which went darker and broke down into a black sore. Pain severe, worse on
sitting, disturbs sleep. No fever, no discharge. Missed 2 HD sessions (pain, funds).
O/E: ill-looking, afebrile (36.8C), mildly pale, not dehydrated. BP 170/100.
R buttock, upper outer quadrant: black eschar 6x4cm ringed by purplish blotchy skin
like lace, indurated, exquisitely tender, no fluctuance.
Labs: Ca 2.62, PO4 2.44 mmol/L, ALP 310, PTH awaited. WBC 8.9.
Imp: 1) ?Calciphylaxis  2) R gluteal abscess - less likely  3) ESKD on MHD
Plan: wound swab m/c/s, USS of area, incisional biopsy by derm, HD tomorrow,
analgesia (no pethidine), stop calcium carbonate.
"""),
("2022-09-20", "Dermatology Review", """
DERMATOLOGY REVIEW - MMW2, 20/9/22

Biopsy (R buttock, incisional, taken 14/9): dermal and subcutaneous small vessels have
calcified media and clot in the lumen; septal panniculitis, necrosis. Special stains: no
organisms.
USS: no collection.
Dx: Calciphylaxis of the right buttock in a man on maintenance haemodialysis.
Today 7x4.5cm, eschar dry, rim still purple.
Plan:
- sodium thiosulphate 12.5g with each HD; HD to go up to thrice weekly (social welfare
  unit contacted about funds)
- low phosphate diet talk, change binder to sevelamer
- pressure relief: nurse on L side, no sitting on hard benches
- dry dressing, no debridement yet
- analgesic ladder
Seen with Dr Ogunleye (Consultant Dermatologist).
"""),
]}

B03 = {"patient_id": "B03", "age": 71, "sex": "F", "notes": [
("2021-02-02", "Renal Unit Review", """
NKABOM TEACHING HOSPITAL - RENAL UNIT
Review   02-Feb-2021

71yr old woman, ESKD on HD thrice weekly since 2018, T2DM diet controlled (no tablets,
no insulin), AF on warfarin 5mg daily.
C/O: pain and "hardness" of the left calf. Night cramps for months; since Christmas Day
her daughter has been doing hot-water fomentation on the left calf every night - towel
dipped in almost boiling water and pressed onto the skin.
Since about mid-January a painful dark purple hard patch has come up on that same calf.
O/E: back of L calf: indurated violaceous plaque about 9x6cm, central black area 2cm,
reticulate purple border. Pedal pulses felt. Afebrile.
INR 2.6. Ca 2.55 PO4 2.02.
Wt 79kg  Ht 1.62m  BMI 30.0
Imp: ?Calciphylaxis L calf. DDx: thermal burn, warfarin necrosis.
Plan: stop the fomentation NOW, derm for biopsy, hold calcium tablets.
"""),
("2021-02-09", "Dermatology Consult", """
DERMATOLOGY - consult reply, 9/2/21

Skin biopsy 4 Feb 2021 (L calf, posterior plaque): fat necrosis,
calcium crusting the walls of small vessels, fibrin thrombi; von Kossa stains them black.
Diagnosis: calciphylaxis (calcific uraemic arteriolopathy), left calf.
Comment: the plaque lies wholly inside the patch of skin that was heated every night with
hot wet towels from 25 Dec 2020; onset around mid-Jan 2021. We regard the repeated heat
injury as the local trigger (Koebner-type).
Advice: no heat and no herbal rubs on the leg; paraffin gauze dressing; STS as per renal.
Her warfarin needs a joint decision by cardiology and renal - ?alternative if affordable.
Dr A. Owusu-Mensah, Dermatology
"""),
("2021-03-02", "Wound Care Clinic", """
WOUND CARE CLINIC (Surgical OPD dressing room)  02/03/2021

Known calciphylaxis of the L calf, on HD. Came with daughter.
Wound: L posterior calf 8.5x5.5cm, black adherent eschar 3x2cm, slough at the
edges, no pus, mild odour. Surrounding skin dusky.
Pain 7/10, keeps her awake most nights.
Done: cleaned with normal saline, loose slough lifted off gently, honey-impregnated
gauze, crepe bandage applied loosely.
Warfarin continued per cardiology (no alternative available to her). INR today 2.3.
Daughter confirms no more hot-water fomentation since the renal review.
Next dressing in 3 days at the polyclinic. Review here 2/52.
"""),
]}

B04 = {"patient_id": "B04", "age": 46, "sex": "F", "notes": [
("2023-01-24", "CAPD Clinic Nursing Note", """
CAPD CLINIC - Caroni Valley General Hospital   24/01/23
Nurse S. Ramdial RN

46 y/o F. Renal dx: IgA nephropathy -> ESRD, doing CAPD for 3 yrs now (4 exchanges/day,
1.5% and 2.5% bags).
Exit site (LLQ): dry and clean, non-tender. Effluent clear per pt.
Weight 94.1kg, height 161cm, BMI 36.3. BP 138/84.
Pt says she is "getting ready for mas" - since early January she wears a tight latex
waist trainer all day (about 10 hrs), only takes it off to sleep. It runs from under the
breasts down to the hips.
Advised: must not squeeze the catheter/exit site; put a pad under the trainer edge on
the left.
No diabetes. No anticoagulants.
Repeat bloods: Hb 10.4, K 3.8, Ca 2.52, PO4 1.98, iPTH 71.
Next clinic 4/52.
"""),
("2023-03-07", "Nephrology Outpatient Note", """
NEPHROLOGY OPD - 7 Mar 2023 - Dr R. Maharaj

Pt came in early, tearful with pain: "Doc, de pain real bad, I cyah sleep."
Since Ash Wednesday there is a burning, hard purplish area at her right waist.
She played mas on the Monday and Tuesday with the trainer on under her costume.
Exam: right flank, along the lower border of where the waist trainer sits: 6x3cm
violaceous indurated plaque, livedoid halo, small dusky centre. No pus. PD exit site fine.
Imp: likely calciphylaxis R flank; ddx pressure injury, cellulitis.
Plan: stop the waist trainer, skin bx with derm tomorrow, switch CaCO3 to sevelamer,
tramadol low dose.
Wt 92.9 kg, BMI 35.9 today.
"""),
("2023-03-21", "Dermatology Outpatient Note", """
DERMATOLOGY OPD   21.03.2023

Biopsy result (8/3/23, R flank, deep incisional): little subcutaneous vessels calcified
and clotted, necrotic fat around them. Conclusion: calciphylaxis (confirmed).
Site and history: onset 22 Feb (Ash Wednesday), in the band of skin squeezed by a latex
waist trainer worn daily since January. The lesion sits exactly on the trainer's lower
edge. We favour pressure as the local trigger of her CUA.
Today: plaque 6.5x3.5cm, central eschar 1cm, halo less red.
Recs: no waist trainer, girdle or tight belts, loose clothes only; non-adherent pad
daily; agree with renal's plan of thiosulfate IV thrice a week in the day unit; review 4 wks.
"""),
("2023-04-18", "CAPD Clinic Nursing Note", """
CAPD clinic f/u   18/04/23   Nurse S. Ramdial

Calciphylaxis R flank slowly healing: eschar 1 x 0.8 cm, edges pink, no discharge,
pain now 4 out of 10 (had been 9).
Has finished 12 doses of IV sodium thiosulfate at the day unit. No nausea.
No longer wears the trainer - "not playing mas next year at all, Miss."
Exit site LLQ clean. Effluent clear, no cloudy bags, no abdo pain.
Wt 92.8kg (BMI 35.8). BP 132/80. Fluid status ok, no pedal oedema.
Teaching reinforced: loose clothes, nothing tight across the flank, check skin daily in
the mirror and call the unit if any new dark spot.
Next: Dr Maharaj clinic in May.
"""),
]}

B05 = {"patient_id": "B05", "age": 39, "sex": "F", "notes": [
("2019-04-02", "General Surgery Outpatient Clinic", """
GENERAL SURGERY OUTPATIENT (SOPD) - Ogbaruwa Federal Medical Centre
2nd April, 2019

Mrs A.F., 39yrs, trader, P2+0.
Post-op review: excision of a 3 cm mobile right breast lump (upper outer quadrant) under
local anaesthesia in March 2019. Curvilinear incision R breast UOQ.
Histology: fibroadenoma, no atypia.
Wound: healed, stitches off, no discharge, slightly tender along the scar.
PMH: rheumatic heart disease; St Jude-type mechanical valve in the mitral position since
2014, anticoagulated with warfarin (INR followed at cardiology). Kidney function normal.
Not diabetic.
Weight 70kg, height 160cm, BMI 27.3.
Plan: discharged from SOPD, breast self-examination taught, to come back if any new lump.
"""),
("2019-05-14", "Cardiology Anticoagulation Clinic", """
CARDIOLOGY - ANTICOAGULATION CLINIC   14/5/2019

39F, mechanical MVR (2014) for RHD, on warfarin 5mg / 7.5mg alternate days.
INR 3.1 (aiming for 2.5 to 3.5). No bleeding.
New complaint: very painful hard "boil" on the R breast since Easter Sunday; the middle
has gone black over the past week. Denies fever.
O/E: R breast UOQ, lateral to the areola: firm purplish plaque approx 4x3cm, border
netlike, centre black (1cm), very tender. No axillary nodes.
Cr 71 umol/L, eGFR > 90. Ca 2.44, PO4 1.21, ALP normal.
Imp: ?skin necrosis from warfarin vs calciphylaxis (non-uraemic) vs breast abscess.
Plan: urgent derm and surgical review, breast USS, continue warfarin (valve) - do NOT stop
without the cardiology consultant. BMI 27.2.
"""),
("2019-06-04", "Dermatology Consult", """
DERMATOLOGY CONSULT - 4 June 2019

Referred from cardiology. 39 yr old woman, mechanical MV on warfarin, normal renal function.
R breast, upper outer quadrant: retiform purpura over an area 5x3.5cm, necrotic centre
under an eschar. USS: no abscess, no mass.
Incisional biopsy (21/5/19): Dr Okafor reports calcified walls in small arteries of the
breast fat, occlusive clot and fat necrosis; von Kossa +; he saw no vasculitis on his sections.
Diagnosis: non-uraemic calciphylaxis, R breast. Warfarin a likely contributor but cannot
be stopped (mechanical valve) - cardiology aware.
Plan: IV sodium thiosulphate 25 g three times weekly, vitamin K2 supplement, non-adherent
dressing, analgesia; check PTH and protein C/S levels.
"""),
]}

B06 = {"patient_id": "B06", "age": 67, "sex": "M", "notes": [
("2021-03-09", "Haemodialysis Unit Doctor's Note", """
HAEMODIALYSIS UNIT - Blue Mahoe Regional Hospital   09 March 2021
Doctor's sessional review

67M, ESRD (diabetic kidney disease), dialysing MWF on a right IJ tunnelled line (L arm
AVF created in Dec, not ready yet). T2DM on gliclazide 40mg od. Was on warfarin in 2017 for a DVT
(6 months, finished).
Complains of a sore on his R shin, front, since January - painful, now "black and stinking".
Pt (farmer) says that is the very spot where he chopped himself with the cutlass while
bushing his yard in 2020; it healed with a scar under a "bush leaf" poultice.
O/E: R anterior shin, mid-third: ulcer 5x4cm, black eschar, purple lacy skin around,
very painful to touch. Foot pulses present both sides. ABPI deferred.
Wt 71 kg. Ca 2.60, PO4 2.36.
Imp: ?calciphylaxis vs infected traumatic ulcer.
Plan: derm for biopsy, wound swab, amoxiclav (renal dose).
"""),
("2021-03-16", "Dermatology Consult", """
Derm review   16/03/21

Bx from the R shin ulcer edge (10/3/21): calcified arterioles, thrombi, necrosis of fat
=> calciphylaxis. Culture: mixed skin flora only.
This ulcer has formed right on the scar of the old cutlass wound (2020); ulcer onset
Jan 2021. Localisation of CUA to a previous injury (Koebner-type) is well described.
Ulcer 5x4.2cm, eschar intact, no spreading redness.
Plan: thiosulphate 25g IV thrice weekly, given post dialysis; stop CaCO3, cinacalcet
if he can find it, wound care nurse for dressings, keep leg elevated when sitting,
no more bush poultices.
Pt and son counselled; they understand.
"""),
("2021-04-13", "Wound Care Nursing Note", """
WOUND CARE - Surgical Outpatients Dressing Clinic   13/4/2021

Pt with calciphylaxis R shin.
Wound: 4.8x3.9cm, depth 0.3cm, eschar coming loose around the margin, granulation
approx 20%, moderate serous exudate, no odour today. Periwound dusky, no cellulitis.
Pain 5/10 at rest.
Dressing: saline clean, silver alginate + gauze, light crepe.
Told not to walk through the bush or use the cutlass until it heals - son will do the yard.
Sodium thiosulphate sessions done: 11.
Weight 70.5 kg.
Next dressing Friday, then weekly review with Derm.
"""),
]}

B07 = {"patient_id": "B07", "age": 64, "sex": "F", "notes": [
("2024-07-09", "Medical Outpatient Department", """
MEDICAL OPD - Nkabom Teaching Hospital   09/07/2024
NHIS: valid

64yo F, tomato trader at the central market, ESKD on HD twice a week (Mon/Thu),
T2DM on Mixtard 30/70 (22u/12u), HTN.
C/O painful "black wounds" on both buttocks x 3 weeks. She sits on a low wooden stool at
her stall from 6am to 5pm most days and has done so for many years.
O/E: obese, BMI 29.4. Afebrile. Not pale.
Buttocks: L 4x3cm and R 5x4cm stellate black eschars over the lower buttock /
ischial areas, violaceous netlike borders, rock-hard, very painful. Sacrum intact.
RBS 11.2. Ca 2.67, PO4 2.5.
Imp: ?pressure ulcers vs calciphylaxis.
Plan: admit to Female Medical Ward, derm and renal teams, biopsy.
"""),
("2024-07-16", "Renal Ward Round", """
Renal WR   16/7/24   (Dr Asare, Consultant)

Biopsy L buttock (11/7): calciphylaxis - vascular calcification, thrombosis, lobular
panniculitis with necrosis.
Two ulcers, both exactly where her weight rests on the trader's stool; long daily hours
of pressure at these points most likely localised the calciphylaxis.
Sizes unchanged. Pain better with paracetamol and low-dose tramadol.
Plan: HD up to thrice weekly (social welfare exemption approved), thiosulphate 12.5g
at the close of every session, stop calcium-based binder, ripple mattress, nurse on the
side or prone, turn 2-hourly.
Diet: low phosphate, dietitian to see.
"""),
("2024-08-06", "Physiotherapy and Wound Team Note", """
PHYSIOTHERAPY & WOUND TEAM - joint note   06.08.2024

Calciphylaxis both buttocks.
Left ulcer now 3.5x3cm, right 4.5x4cm, eschars softening, no pus.
Seating advice given with daughter present: no more hard low stool; daughter to bring a
foam cushion from home; stand up and walk every 30 min when back at the market; sell from
a table at standing height if she can.
Pressure offloading and side-lying shown. Pt able to walk 40 m with a stick.
Staff nurse reminded her to give the Mixtard into thighs or arms.
Obese - dietitian referral done. Weight 77 kg.
Plan: review in 2/52 with the wound team.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
