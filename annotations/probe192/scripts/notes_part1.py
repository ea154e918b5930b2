"""probe192 corpus notes, F01-F07 (nephrology at a South Asian teaching hospital and the
clinics around it; every person, place and sentence invented for this corpus)."""

F01 = {"patient_id": "F01", "age": 58, "sex": "F", "notes": [
("2020-06-12", "Nephrology OP Case Sheet", """
DEPT OF NEPHROLOGY - OP CASE SHEET                      Unit II
Tungabhadra Institute of Medical Sciences
Name: Smt. Rukmini Devaraj   58/F   UHID 20-114372
K/c/o T2DM x 12 yrs on OHA (Tab. Linagliptin 5 mg OD), SHTN x 8 yrs.
CKD 5D - MHD started 02/06/2020 through R IJV temp catheter (uraemic
symptoms, Sr creat 9.8). Now twice weekly (Tue/Fri). L RC AVF made 08/06/2020, maturing.
O/E: Conscious, oriented. Pallor+, pedal oedema+. PR 92/min, BP 160/90 mmHg.
Wt 74 kg, Ht 152 cm, BMI 32.0.
CVS S1S2+, RS NVBS, P/A soft, non tender.
Labs: Hb 7.9 g/dl, S.Ca 8.4, S.PO4 6.9, iPTH 612 pg/ml.
Adv:
1. Inj. Erythropoietin 4000 IU s/c twice weekly post HD. 1st dose given
   05/06/2020 in R anterior thigh by HD technician; he will alternate
   L / R front of thigh each time.
2. Tab. Sevelamer 800mg 1-1-1 with food
3. Tab. Amlodipine 10 mg OD
Review after 4 wks with Hb, Ca, PO4 reports.
"""),
("2020-09-18", "Haemodialysis Unit Progress Note", """
HD UNIT - PROGRESS NOTE     18/9/20     Session no. 31
Pt c/o severe pain and dark discolouration over both thighs since 10 days,
unable to sleep. No fever, no discharge.
Technician (Mr. Shivakumar) says these are exactly the spots where her EPO
injections have been going in since June - front of both thighs.
O/E: R ant. thigh - approx 5x4cm plaque, violaceous & indurated, exquisitely
tender, livedo at margin. L anterior thigh - 7x5 cm plaque with central
black eschar. Peripheral pulses well felt.
Vitals: BP 150/84, PR 96, T 98.4 F. Pre-HD wt 72.5 kg.
Labs (16/9): S.Ca 9.6, PO4 7.8, CaxP 75, ALP 310, iPTH 890.
Imp: ?? calcific uraemic arteriolopathy at EPO injection sites
Plan: EPO to be shifted to IV with HD (no more thigh pricks). Derm opinion
+ skin biopsy. Stop calcium acetate. Increase HD to thrice weekly.
"""),
("2020-09-24", "Dermatology Referral Reply", """
DERMATOLOGY - REFERRAL REPLY
To: Unit II Nephrology.  Re: Smt. Rukmini D., 58/F, on MHD.
Thank you for this referral, seen in ward bed 14.
Both thighs (front): retiform purpura; L side has a star-shaped necrotic
eschar, R side an indurated dusky plaque - both lie over the EPO prick
sites which the pt herself points out.
Incisional biopsy from edge of R thigh lesion done 21.09.2020.
HPE (24.09.2020): subcutis shows calcified small arterioles (Von Kossa
stain +ve), intimal thickening, luminal thrombi and fat lobules that are necrotic.
Diagnosis: Calciphylaxis, biopsy proven, localised to injection sites
(Koebner type).
Suggest: Inj. Na thiosulphate 25g IV in 100 ml NS, given across the terminal
60 minutes of each HD session,
saline + paraffin gauze dressing, adequate analgesia, and no s/c
injections into the thighs hereafter.
Wt 71 kg, BMI 30.7.
"""),
]}

F02 = {"patient_id": "F02", "age": 67, "sex": "F", "notes": [
("2022-11-02", "Orthopaedics OPD", """
ORTHO OPD  02-11-2022   Unit I
Smt. Kamalamma, 67 yrs/F, r/b daughter-in-law.
C/o pain both knees x 5 yrs, worse on climbing stairs and sitting on floor.
Known ESRD on MHD (Mon/Thu) at our HD unit, T2DM on insulin, HTN.
Pt uses a rubber hot water bag over the inner side of both knees every
night since last monsoon, says it gives good relief.
O/E: Varus both knees, crepitus+, medial joint line tenderness B/L, ROM
0-110 deg. No effusion. Skin over knees intact.
X-ray B/L knees standing: Gr III OA (KL), medial joint space reduced.
Imp: B/L primary OA knees.
Adv: Tab. Paracetamol 650 mg SOS (avoid NSAIDs - CKD), quadriceps
strengthening exercises taught, hot fomentation may continue 15 min,
use western commode, knee cap. Review 3 months.
"""),
("2023-01-10", "Nephrology OPD Follow-up", """
NEPHROLOGY OPD - FOLLOW UP       10-Jan-2023
Smt. Kamalamma, 67/F. CKD 5D, MHD 2/wk through L BC AVF (since 2021).
T2DM on Inj. H.Mixtard (30/70) 18 U morning, 12 U night s/c. HTN on Tab. Cilnidipine.
C/o painful blackish patch on inner side of R knee since 3 weeks back,
slowly enlarging, pain worse at night, cannot bend knee fully.
O/E: Pallor+. BP 146/80, PR 86. Wt 58 kg, BMI 25.1.
R knee medial aspect: stellate ulcer ~4x3cm, black eschar stuck to base,
rim mottled violaceous, very tender. L knee: faint reticulate brown
pigmentation, no ulcer.
Labs: Hb 9.2, S.Ca 9.9, S.PO4 6.2, iPTH 1040, albumin 3.1.
Imp: ? calciphylaxis R knee  ? vasculitic ulcer
Plan: Derm ref for biopsy. Stop Ca carbonate, start Tab. Sevelamer.
Saline dressing. Tab. Tramadol 50 SOS.
"""),
("2023-01-17", "Dermatology OPD", """
DERMATOLOGY OPD  17/1/23
67F, MHD, referred ?calciphylaxis.
Lesion: R knee, medial side - necrotic ulcer 4.5x3cm, eschar black,
surrounding livedo racemosa, indurated. Reticulate pigmentation medial L
knee, no induration there.
Deep incisional biopsy taken from margin (12/01/2023).
HPE: circumferential calcification of medium & small vessels in subcutis,
fibrin thrombi in lumen, fat lobules necrotic. No vasculitis.
Dx: Calcific uremic arteriolopathy (calciphylaxis) R knee - confirmed.
Adv: STS with each HD as per nephro, wound care by wound nurse (hydrogel,
non-adherent dressing), pain control. Follow up 2 wks.
"""),
]}

F03 = {"patient_id": "F03", "age": 52, "sex": "F", "notes": [
("2023-03-20", "CAPD Clinic Review", """
CAPD CLINIC - REVIEW       20/03/2023
Mrs. Fathima Beevi, 52/F. ESRD (chronic GN) on CAPD since Aug 2021,
three 2-litre bags daily (1.5/1.5/2.5%). Exit site (L lower quadrant) healthy.
RHD, s/p mechanical MVR 2014 - on Tab. Warfarin 3 mg OD, INR today 2.9.
Not diabetic.
C/o painful purplish area on R side of waist since Holi, "like a burn".
O/E: BP 138/86, PR 84.
R flank at the waistline: a band-like plaque 9x3cm, violaceous and
indurated, with livedo and a small central black crust. It lies precisely in
the groove of her petticoat string, which she always ties very tight on
the R side.
Wt 79 kg, Ht 153.5 cm, BMI 33.5 (obese).
Labs: Ca 10.1, PO4 5.8, iPTH 420, albumin 2.9.
Imp: ? calciphylaxis along pressure line of petticoat tie
Plan: Skin biopsy (Derm). Told to loosen the string, tie it in front, wear
loose nighty at home.
"""),
("2023-03-28", "Dermatology OPD", """
Derm OPD    28.3.23
Ref from CAPD clinic. 52F, on warfarin for MVR, CAPD.
Lesion: R flank, along the waist-tie line - firm plaque with retiform
purpura, early central necrosis. No similar lesions elsewhere. Skin of
L waist shows only a pale linear groove.
Deep incisional bx was taken 23/3.
HPE: calcified media of subcutaneous arterioles, with microthrombi;
calcium deposits within septa of fat.
Dx: CALCIPHYLAXIS - arising at a chronic pressure site (petticoat
drawstring), i.e. Koebner phenomenon.
Adv: STS IV (discuss dose with nephro for PD pt), review warfarin with
cardiology, only loose garments, analgesics.
"""),
("2023-04-18", "Cardiology OPD", """
CARDIOLOGY OPD      18-04-2023
52/F, RHD s/p MVR (mechanical, St Jude, 2014). Presently in NSR.
Referred by Nephro/Derm re: anticoagulation in view of biopsy-proven
calciphylaxis of R flank.
Echo today: prosthetic valve functioning well, mean gradient 4 mmHg,
LVEF 58%.
Opinion: mechanical mitral prosthesis - oral anticoagulation cannot be
withdrawn; DOACs not an option with mechanical prosthesis.
Plan: continue Tab. Warfarin, keeping INR in the upper-2s to mid-3s;
INR check fortnightly at CAPD clinic. Risk vs benefit explained to pt and husband in Malayalam,
they understand.
Wt 78 kg, BMI 33.1.
"""),
]}

F04 = {"patient_id": "F04", "age": 63, "sex": "M", "notes": [
("2021-08-13", "General Surgery Discharge Summary", """
DEPT OF GENERAL SURGERY - DISCHARGE SUMMARY
Name: Sri Narasimha Reddy   63/M    IP No. 21/33871
DOA 10/08/2021   DOS 11/08/2021   DOD 13/08/2021
Diagnosis: R indirect inguinal hernia, reducible. CKD 5D on MHD.
Procedure: R open Lichtenstein mesh hernioplasty under SA on 11/08/2021.
Oblique incision in R groin, skin closed with staples.
Co-morbidities: ESRD - MHD 3/wk on L BC AVF; HTN. Non-diabetic.
h/o L leg DVT 2018 - was on warfarin, stopped in 2019.
Post-op: uneventful. HD done on POD1 with minimal heparin.
Condition at discharge: stable, wound healthy.
Adv: Staple removal on POD 10 at HD unit. No lifting of weights x 6 wks.
Tab. Paracetamol 650 SOS. Review in Surgery OPD (Thursday).
"""),
("2021-10-05", "Haemodialysis Unit Note", """
HD UNIT      5/10/21
63M, MHD. C/o painful hard swelling with a black area at R groin since
2 weeks, in the hernia operation scar.
Local exam: lateral end of hernioplasty scar in R groin - necrotic
plaque 3x2.5cm covered by black eschar, violaceous indurated rim spreading
2 cm; no discharge, no fluctuation. Afebrile.
BP 170/96 pre HD. IDWG 3.1 kg. BMI 24.2.
Reports: calcium 9.4 | PO4 8.1 | iPTH 1280 | ALP 410.
Imp: ? surgical site infection  ?? calciphylaxis in scar
Plan: Surgery & Derm ref. Pus c/s if any. Hold calcium carbonate.
"""),
("2021-10-08", "Dermatology Consultation", """
DERMATOLOGY CONSULTATION     08.10.2021
63 yr M, ESRD on HD. Seen at bedside in Nephro ward.
R groin: necrotic plaque with black eschar situated over lateral
one-third of the healed hernia incision, surrounded by tender
induration and livedo. No sinus. Nothing similar on legs or abdomen.
Punch + deep wedge biopsy done today under LA.
Frozen/HPE (Dr. Asha, Path): von Kossa positive calcium in walls of
subcutaneous arterioles, thrombosed vessels, fat necrosis. No organisms.
Impression: Calciphylaxis developing in surgical scar (Koebner
phenomenon), R groin.
Suggestions: STS, cinacalcet, avoid Ca-based binders, surgical opinion
for gentle debridement later.
"""),
("2021-11-02", "Nephrology Ward Round", """
NEPHRO WARD ROUND (Prof. K.R. Menon)   02-Nov-2021
Calciphylaxis R groin (biopsy proven) - Inj. STS 25g after each HD, day 21 today.
Pain reduced 8/10 -> 4/10. Eschar edges lifting, some slough.
Surgical debridement of R groin ulcer done 20/10 by surgery team; now
daily dressing with hydrogel.
iPTH 1560 despite cinacalcet 60 mg. Plan: surgical parathyroidectomy to be
considered once wound settles - discussed with ENT/surgery.
Wt 61 kg, BMI 23.8. BP 150/90.
Pt and son counselled about slow healing and infection risk.
Continue HD thrice weekly, Tab. Sevelamer 1.6 g TDS.
"""),
]}

F05 = {"patient_id": "F05", "age": 45, "sex": "M", "notes": [
("2024-01-03", "Casualty Note", """
CASUALTY - MLC No. 24/0041     03/01/2024   07:40 am
45 yr M brought by brother. Alleged h/o skid and fall from two-wheeler on
02/01/2024 around 9 pm near vegetable market. No LOC, no vomiting, no
ENT bleed.
Known CKD-5D, dialysing Wed & Sat, DM2 - diet controlled, no medicines.
O/E: GCS 15/15. PR 90, BP 150/90, SpO2 98% RA.
Local: Abrasion 6 x 2 cm over anterior aspect of L shin (mid-third),
superficial, soil contaminated. Small abrasion L palm.
X-ray L leg AP/Lat: no fracture.
Rx: Wound wash with NS, povidone iodine dressing. Inj. Tetanus toxoid
0.5ml IM given in L deltoid. Tab. Paracetamol 500 SOS.
Adv: daily dressing at PHC, review Surgery OPD if needed. MLC intimated.
"""),
("2024-02-08", "Nephrology Ward Admission Note", """
NEPHROLOGY WARD - ADMISSION NOTE      08.02.2024
45M, ESRD on MHD x 3 yrs, DM2 (diet alone).
C/o: non-healing painful ulcer on front of L leg since Republic Day,
progressively enlarging and turning black. Pain 8/10, not relieved by
paracetamol.
Vitals: afebrile, BP 158/92, PR 88.
Local exam: L shin, anterior mid-third: ulcer 5x4cm with stuck-on
black eschar, indurated violaceous skin around with livedo reticularis
up to 3 cm. DP and PT pulses palpable. ABI 1.1.
Ht 170 cm, Wt 66 kg, BMI 22.8.
Labs: Hb 8.6, TC 9800, Ca 10.2, PO4 7.4, iPTH 1650, ALP 380.
Imp: ? calciphylaxis   ?? vasculitis
Plan: Skin biopsy, soft tissue X-ray leg, stop Ca-based binder, STS
after biopsy.
"""),
("2024-02-15", "Dermatology Opinion", """
Derm opinion  15/02/24
Pt known to nephrology, ESRD/HD. Bx L shin ulcer margin on 09/02.
HPE: medial calcium deposits within small arteries of lower dermis &
subcutis, intravascular thrombi, extensive fat necrosis - consistent with
calciphylaxis. Special stains for fungus/AFB negative.
Dx: Calciphylaxis, L anterior shin.
Adv:
- Inj. STS 12.5 g -> 25 g IV post HD thrice weekly
- Wound care with hydrocolloid, offloading, no tight bandage
- Pain: Tab. Pregabalin 75 mg HS (renal dose)
- Diet: high protein (1.2g/kg/day) as per dietitian
Will review in ward on Monday.
"""),
]}

F06 = {"patient_id": "F06", "age": 71, "sex": "F", "notes": [
("2019-11-04", "Nephrology OPD", """
NEPHRO OPD    4th Nov 2019
Smt. Saroja Ammal, 71/F. CKD 5 (ESRD) - diabetic nephropathy; chose
conservative care, not on dialysis (family decision after counselling).
eGFR 8. T2DM on Inj. Glargine 16 U HS + Inj. Actrapid s/c before meals.
C/o painful dark patch over L calf since mid-October, now a "black spot"
in centre.
H/o swelling of L leg since Aug 2019 - local doctor wrapped a crepe
bandage firmly around the L calf; she has kept it on day and night since
then, removing only for bath.
O/E: L calf posterior-medial: violaceous plaque 6x5cm, retiform
margin, central 1.5 cm eschar; the upper border follows exactly the
ridge left by the edge of the bandage. R leg normal.
Wt 69 kg, Ht 151.7 cm -> BMI 30.0 kg/m2.
Imp: ? CUA (non-dialysis) at site of bandage pressure
Plan: remove crepe bandage, derm ref, venous Doppler L leg.
"""),
("2019-11-09", "Dermatology Consultation", """
DERMATOLOGY - CONSULTATION   09/11/2019
71F, CKD 5 on conservative Mx, diabetic on insulin.
L calf: indurated livedoid plaque with central necrosis, confined to the
zone which was compressed under the crepe bandage; skin above and below
the bandage area is normal.
Incisional biopsy done 06/11/2019.
HPE: subcutaneous arterioles narrowed and calcified, with thrombi;
fat necrosis present. Vasculitis and malignancy not seen.
Dx: Calciphylaxis (non-dialysis, CKD 5) induced at site of external
pressure from crepe bandage - Koebner phenomenon.
Adv: no compression of L leg at all, limb elevation, analgesia, STS as
per nephrology.
"""),
("2019-12-03", "Nephrology Review", """
NEPHRO REVIEW    03.12.19
71F, CKD 5 ESRD (conservative), biopsy-proven calciphylaxis L calf.
Venous Doppler L leg (12/11): no DVT.
On Inj. STS 12.5 g IV thrice a week via peripheral line in day care.
Pain less; eschar remains dry; no fresh lesion.
Sugars: FBS 142, PPBS 218 - Glargine increased to 18 U.
Again offered dialysis initiation; pt and sons still prefer conservative
management, documented.
Wt 69 kg, BMI 30.0. BP 144/82.
Review 2 wks. Crepe bandage not to be reapplied.
"""),
]}

F07 = {"patient_id": "F07", "age": 49, "sex": "F", "notes": [
("2019-07-10", "Haemodialysis Unit Note", """
HD Unit     10/07/2019
Mrs. Leelavathi, 49F, ESRD (DKD), MHD 3x/wk, R RC AVF since
2018.
T2DM - started Inj. Mixtard 30/70 (human premix) in March 2017, self-injects
into the lower tummy near the navel - "same place always, easy to pinch".
C/o painful hard lumps with purple discolouration over lower abdomen since
1 month; 2 of them have turned black.
O/E: lower abdomen, periumbilical: multiple firm tender nodules and
plaques, biggest 4x3cm with necrotic centre, livedo around. All of them
lie over the patch of skin she uses for insulin.
Obese (BMI 27.9 - obese by Asian criteria), pannus+.
Labs: Ca 9.8, PO4 6.6, iPTH 760, albumin 3.0.
Imp: ? calciphylaxis
Plan: Derm biopsy; shift insulin to thighs / arms meanwhile.
"""),
("2019-07-16", "Dermatology Biopsy Report and Opinion", """
DERMATOLOGY      16-Jul-2019
Re: Mrs. Leelavathi, MHD.
Periumbilical abdomen: cluster of tender indurated nodules and necrotic
plaques, retiform purpura at margins, occupying the zone she uses for
insulin injections.
Elliptical incisional biopsy from largest nodule 11/07/2019.
HPE: medial calcification of arterioles, intimal proliferation, thrombi,
calcified fat lobules (von Kossa +). No lipohypertrophy changes.
Final Dx: Calciphylaxis at insulin injection sites.
Adv: STS, switch binders to non-calcium, injection site rotation away
from abdomen, dressing with hydrogel over necrotic areas.
Seen with Dr. Meghana (PG) and Dr. S. Rao (Assoc Prof). Pain 7/10 on VAS,
pt tearful - counselled. Photographs taken with consent for record.
Review in OPD with nephro summary after 2 wks.
"""),
("2019-08-13", "Diabetes Clinic (Endocrinology)", """
ENDOCRINE / DIABETES CLINIC    13/8/19
49F, T2DM x 11 yrs, ESRD on MHD, calciphylaxis abdomen on STS.
HbA1c 8.4%. Hypo episodes: 1 (post-dialysis).
Insulin: Mixtard 30/70 14-0-10 U. Injection technique reviewed with
diabetes educator.
Will rotate injection sites between both thighs and upper arms; no
injections into abdominal wall. Needle length 4 mm, single use.
Wt 66 kg, BMI 27.6 (obese - Asian cut-off).
Adv: reduce evening dose to 8 U on HD days. SMBG charting.
Review 6 wks.
Pt says abdominal pain is less since STS. Foot exam: monofilament
sensation reduced over both soles. Fundus (Ophthal 2018): NPDR.
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
