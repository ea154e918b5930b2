"""probe248 corpus notes, B01-B07 (kidney supportive care / conservative kidney management and
the clinics around it; every person, place and sentence invented)."""

B01 = {"patient_id": "B01", "age": 81, "sex": "F", "notes": [
("2023-03-14", "Kidney Supportive Care Clinic", """
KIDNEY SUPPORTIVE CARE CLINIC - Ashgrove Renal Centre
Date: 14/03/2023     Seen w/ daughter Marguerite (HCP)

Mrs Oduya, 81F. ESKD, eGFR 9 (creat 412), managed conservatively by her own choice since 2021.
Reaffirmed today - does not want dialysis "even if it means less time".
PMH: AF - anticoagulated with warfarin, last INR 2.4 (Thurs); HTN, OA both knees. Not diabetic, HbA1c 5.6.
IPOS-Renal: fatigue 3, itch 2, poor appetite 2, SOB 1.
Weight 68.9kg; BMI 27.4. BP 138/72. Trace ankle oedema.
Bloods: Hb 86, K 5.3, HCO3 19.
Plan
- fatigue mostly anaemia -> darbepoetin 30 mcg SC q2wk. Nurse Okafor gave the first one here
  this morning, posterior aspect R upper arm; community renal nurse to carry on at home in that same arm (she
  keeps the L hand for her stick).
- NaHCO3 500 mg bd unchanged.
- ACP: DNACPR already signed; preferred place of care and death = home.
Review 8/52.
"""),
("2023-05-30", "Community Renal Nurse Home Visit", """
Community renal nursing - home visit

Aranesp due today - NOT given.
When I arrived she rolled up her sleeve to show me a sore dusky area behind the R arm, bang
on the spot I've been using for her darbepoetin since March. She reckons it showed up about
2 weeks ago; to begin with just a firm tender knot, then it darkened.
O/E ~4x3cm plaque, violet and firm, posterior R upper arm, lace-like purple margin, small
greyish middle. No ooze, not hot. Pain 7/10 at night so sleep is poor; paracetamol isn't helping.
Obs T 36.6  HR 88 irreg  BP 126/70.
Rang Dr Lindqvist (KSC): worried about calciphylaxis with ESKD + warfarin. Urgent derm
referral sent. Next ESA dose on hold until she is seen.
"""),
("2023-06-20", "Dermatology Clinic Follow-up", """
DERMATOLOGY - post-biopsy review

81 y/o woman w/ ESKD, conservative mgmt. First seen here 08 Jun 2023 - tender plaque,
posterior aspect R upper arm; deep incisional biopsy done at that visit.
Histo: subcutaneous arterioles with mural calcium deposits, luminal thrombus, fat necrosis
alongside. Diagnostic of calciphylaxis in this setting.
Today 5x4cm, firm black eschar centrally, livedoid rim; bx wound fine.
Impression: calciphylaxis R upper arm, sited exactly where her ESA (darbepoetin) shots were
given (onset in May, roughly nine weeks after the first dose).
Wt 66.1 kg.
Plan: after a call with her GP and renal team, warfarin is stopped as of today and apixaban
2.5mg BD begun. Moist non-stick dressings, nothing sharp. Any future ESA doses to go elsewhere,
not this arm. KSC to take over analgesia.
"""),
]}

B02 = {"patient_id": "B02", "age": 77, "sex": "F", "notes": [
("2021-12-09", "Conservative Kidney Management Review", """
CKM REVIEW (renal supportive care)   12/9/2021

77 yo F, ESKD (eGFR 11), on the conservative pathway - decided with family in 2020.
Type 2 DM managed on diet alone, last HbA1c 6.4%. Not anticoagulated. BMI 31.6.
Main c/o: ITCH. ESAS-r itch 8/10, sleep 7/10. Worst over the R shin. Admits she scratches
the R shin "till it bleeds" with a hairbrush, and since Thanksgiving she has held an ice pack
on that same shin for 20-30 min a few times each day and night - "only thing that settles it".
O/E linear excoriations + scale R anterior lower leg, skin cold from the icing, no ulcer.
Pedal pulses faint. L leg just xerotic.
Labs PO4 1.9, Ca 2.28, PTH 38 pmol/L, K 5.6.
Plan: emollient bd, gabapentin 100 mg nocte (renal dose), nails short, cotton gloves at night.
Asked her to ease off the ice; warned cold can injure thin skin. RV 6 wks.
"""),
("2022-01-20", "Telephone Encounter", """
Tel - daughter Renata calling.
Mum's got what she calls "a black scab" on her R shin, started early this month, now about the size of a
large coin and agony to touch, pain 9/10 - worse than the itch ever was. Still using the ice
pack off and on. No fevers. Eating poorly.
Advised: stop the ice, paracetamol max 1 g tds, cover with non-stick dressing, keep leg up.
Booked joint wound/derm clinic next Thursday. Flagged to Dr Achebe ?calciphylaxis.
Daughter knows to ring back sooner if spreading redness, fever or she stops drinking.
"""),
("2022-01-27", "Dermatology and Wound Clinic", """
JOINT DERM / WOUND CLINIC - Ashgrove

77F, ESKD on CKM, referred with R shin ulcer.
Hx: severe uraemic pruritus; months of scratching the R shin, plus repeated ice packs to the
same shin from late Nov. A painful dark patch appeared early Jan 2022 and broke down over
~10 days.
Exam: R mid anterior shin 3.1x2.4cm adherent black eschar, stellate retiform purpura around
the edge, very tender indeed. L leg dry skin only. DP pulses audible on Doppler.
Punch bx from purpuric edge; pathologist phoned result same afternoon: medial calcification
of small dermal and subcut vessels with thrombosis = calciphylaxis.
Imp: calciphylaxis R shin at a site of chronic scratching and icing.
Plan: STS discussed, pt prefers comfort focus; honey dressings; continue gabapentin.
BMI 30.9 (wt 80.4 kg).
"""),
]}

B03 = {"patient_id": "B03", "age": 84, "sex": "F", "notes": [
("2020-03-10", "Renal Supportive Care Clinic", """
Renal supportive care clinic, Mar 10 2020

Mrs Halvorsen, 84. ESKD (eGFR 10), conservative management. HFpEF, obesity, mild COPD.
Kingsmere Hospital admission in February for decompensated HF, diuresed 6 kg.
Since getting home from hospital in February she has spent every night in the recliner chair,
tipped over onto her LEFT side and wedged against the armrest, as lying flat makes her
breathless.
Used to take warfarin - came off it in 2017 because of an upper GI bleed, nothing since.
Not diabetic.
Weight 84.2kg / BMI 33.1. CFS 6, PPS 50%. Surprise question - no.
Skin intact, dry shins.
Meds: furosemide 80 mg bd, metolazone 2.5 mg twice weekly, bisoprolol 2.5, NaHCO3.
ACP: wishes to die at home. MOLST completed - DNR/DNI, selective hospital use.
Plan: OT home visit re chair; suggest a pressure cushion and turning off the left side.
"""),
("2020-06-23", "Supportive Care NP Home Visit", """
NP home visit - renal palliative

Daughter phoned about a painful area on mum's L hip. She first saw it on 6/18/2020 while
helping her wash.
O/E left lateral hip, overlying the trochanter - the precise point she leans on the recliner
arm every night: hard dusky-violet plaque 6x5cm, its border lace-like, black centre 1cm.
Exquisitely sore, 8/10. Sacrum and heels intact.
Ddx calciphylaxis vs deep tissue pressure injury. Still sleeping in the chair; OT visit never
happened.
Plan: urgent derm, bx if she agrees. Hydromorphone 0.5mg orally 4-hourly if needed. Daughter to borrow a
hospital bed with an alternating mattress.
"""),
("2020-07-07", "Dermatology Consult", """
Dermatology consult

84F, ESKD not on dialysis. Painful plaque L lateral hip since mid-June.
Bx (punch x2, 6/26/20): subcutaneous arterioles calcified, intima thickened; lobular fat
necrotic; calcium stain (von Kossa) +. Dx: calciphylaxis.
Comment: site matches a point of sustained pressure against the chair arm (sleeping in a
recliner leaning to the L since February) - consistent with a pressure-triggered lesion.
Today: eschar 2 cm, surrounding plaque unchanged, no cellulitis.
Wt 75.0 kg, BMI 29.5 - weight down with poor intake.
Plan: IV sodium thiosulfate offered, declined. Now in a hospital bed, keep weight off the
left hip. Pain per palliative team.
"""),
]}

B04 = {"patient_id": "B04", "age": 72, "sex": "M", "notes": [
("2019-06-12", "Kidney Supportive Care Decision Visit", """
KSC decision-making visit  12-Jun-2019

Mr Castellano, 72M. ESKD from diabetic nephropathy; chose CKM Aug 2018. eGFR now 8,
K 5.9 on Lokelma, HCO3 17. More tired, nauseated, itchy.
He wants to revisit dialysis: granddaughter's wedding next spring, wants "to be there with
some energy left". Went through PD at home vs in-centre HD vs staying on CKM. He and his wife
lean to PD. Understands it is a trial and he can stop.
DM2 - insulin glargine 12 u at night, injects into his thighs. A1c 6.9. Never on warfarin.
BMI 28.2.
Plan: refer PD access surgeon; PD nurse home assessment; MOLST updated - full treatment
including dialysis.
"""),
("2019-09-04", "Operative Note", """
OPERATIVE NOTE - peritoneal dialysis catheter
Date of surgery: 04 Sept 2019
Procedure: laparoscopic insertion of double-cuff coiled Tenckhoff catheter, rectus sheath
tunnel.
Indication: ESKD, planned peritoneal dialysis.
Findings: no adhesions; tip in the pelvis, flushes and drains freely.
Wounds: 1 cm right paramedian incision; exit site R lower quadrant pointing caudally;
two 5 mm port sites on the left, closed with absorbable sutures.
Exit site covered with gauze and secured with tape - leave undisturbed 7 days.
EBL minimal. Day case. PD nurse review day 7; begin exchanges after 2-4 wks.
"""),
("2019-11-12", "PD Unit Nursing Note", """
PD unit - nurse review

On CAPD since October 1st, four 2L bags of 1.5%, UF ~600 ml/day, technique good.
Problem: R lower abdomen, a couple of cm lateral of the exit site - tender firm purplish
area, began 3 weeks ago, now with a black centre ~1.5 cm. Exit site: looks clean; dry; no
crust or discharge; score 0. Effluent clear, no abdominal pain or fever.
Not swabbed (not an exit-site infection). Photo uploaded.
Still doing his glargine in the thighs, nothing into the belly.
Dr Nwosu informed - derm this week.
"""),
("2019-11-26", "Nephrology PD Clinic", """
Nephrology - PD clinic

Bx 11/19 (R lower abdominal plaque): mural calcification of small subcut vessels with
thrombosis and necrotic fat - i.e. calciphylaxis.
The lesion came up next to the Tenckhoff exit site / insertion wound from September.
Labs: PTH 61 pmol/L, phos 2.2, corr Ca 2.52.
Plan: stop calcium carbonate, start sevelamer 800 tds; cinacalcet 30 mg; IV sodium
thiosulfate in day unit 3x/wk; boost PD dose (add icodextrin long dwell).
Pain: hydromorphone 1mg by mouth up to 4-hourly.
BMI 28.6.
ACP revisited: if the wound keeps worsening he would want to stop PD and focus on comfort.
"""),
]}

B05 = {"patient_id": "B05", "age": 79, "sex": "F", "notes": [
("2024-02-06", "Kidney Supportive Care Clinic", """
KSC clinic 2/6/24 - Mrs Ferreira-Lamb, 79 F

ESKD (eGFR 12) on CKM - decision from 2022 stands.
T2DM since 2004, on insulin since 2011 (Humulin N 10 u mane); she always injects into the anterior thighs
(alternates R/L), never her tummy.
Hypos x2 this month (BG 3.1) -> cut to 8 u.
Obese - 94kg, BMI 36.2. Not on warfarin.
IPOS: pain 1, SOB 2, drowsy 2, itch 1.
Exam: lipohypertrophy both anterior thighs, skin elsewhere intact.
Plan: BG checks twice daily, hypo plan written out for husband.
ACP: MOLST - comfort-focused with selective treatment, no CPR. HCP son Luis.
"""),
("2024-04-18", "Renal Palliative Care Consult", """
RENAL PALLIATIVE CARE - urgent review

Reason: new severe leg pain. 79F, ESKD on CKM.
Hx: very tender lumps on both anterior thighs, which she first felt about 3 weeks ago;
since then a mottled purple net pattern has spread across them. Pain 9/10; even the sheet
hurts.
O/E indurated violaceous plaques, R anterior thigh 7x5cm, L anterior thigh 4x4cm, livedo
racemosa at the borders; small stellate dark patch on the L one. Calves spared.
Imp: strongly suspect calciphylaxis.
Plan: hydromorphone 500mcg orally 4-hourly PRN; calcium carbonate stopped; derm asked to
biopsy urgently.
"""),
("2024-04-30", "Dermatology Consult", """
Dermatology

Bx L anterior thigh (24-Apr-2024): heavy calcium deposition in small subcutaneous arteries,
with thrombus and necrotic fat; the report calls it calciphylaxis.
Both anterior thigh plaques enlarging; new 1 cm eschar on the R.
Dx: calciphylaxis, bilateral anterior thighs.
Wt 92 kg, BMI 35.4.
Exam today: the R plaque has spread toward the inner thigh; L unchanged. No cellulitis.
Plan: IV STS declined after a frank talk about the evidence and the 3x weekly trips.
Silicone foam dressings, change every 3 days. District nurse will give the Humulin in her
upper arms henceforth. Pain plan with renal palliative care. Review 2 wks.
"""),
]}

B06 = {"patient_id": "B06", "age": 88, "sex": "M", "notes": [
("2022-11-02", "Kidney Supportive Care Review", """
Kidney Supportive Care - review, 2 Nov 2022

Mr Abernethy, 88M. ESKD (eGFR 8), CKM since 2019. Lives with wife, 4-wheeled walker.
Interval hx: in late October he caught his L forearm on the walker's brake lever and tore
the skin - 4 cm flap on the back of the forearm. Wife cleaned it; healed by itself, nearly
closed today.
Not diabetic. Declined anticoagulation for AF years ago (bleeding worry) - aspirin only.
BMI has run 21-22 over the past year; today 22.1.
IPOS: fatigue 3, appetite 3, itch 0, pain 1.
Labs Hb 94, K 5.8, HCO3 18, PO4 2.1.
Plan: Lokelma 5 g daily, dietitian re potassium. ACP: no admission unless fracture.
PPS 50%.
"""),
("2022-12-20", "District Nurse Wound Visit", """
District nursing - wound visit

Wife rang: "the old scrape on his arm has gone black". Pain started mid-December.
Assessment: L dorsal forearm, on the healed skin-tear scar - 3.5x2.5cm dusky violet firm
plaque, central black necrosis 1 x 1 cm, reticulate purple margin. Pain 6/10, out of
proportion. No pus, no spreading redness. Per wife the tear had closed fully by mid Nov.
Obs: T 36.9, HR 76. Eating less this week.
Action: non-adherent dressing, light tubular bandage; photos to Dr Kowalczyk (KSC); derm
referral marked urgent. Paracetamol regular, wife to ring if it spreads.
"""),
("2023-01-10", "Dermatology Clinic", """
Derm clinic

88M, ESKD on conservative care. Painful necrotic plaque L dorsal forearm; onset mid Dec
2022, sitting on the scar of the skin tear from late Oct.
Punch bx (12/28/22): small subcut vessels calcified, fibrin thrombus, necrotic fat -
features of calciphylaxis.
Impression: calciphylaxis of L forearm, developing in a healed traumatic skin tear.
Wt 61 kg, BMI 21.6.
He and his wife do not want infusions: STS not wanted, understood.
Plan: padded sleeve on walker handles; gentle dressings twice weekly by DN; KSC aware and
will adjust analgesia.
"""),
]}

B07 = {"patient_id": "B07", "age": 70, "sex": "M", "notes": [
("2021-05-11", "Conservative Kidney Care Clinic", """
Conservative kidney care clinic - May 11, 2021

Mr Tiwari, 70M. ADPKD with ESKD (eGFR 10). Turned down dialysis in 2020 after several long conversations; wife
and two sons supportive.
Main issue: dull L flank ache from the big cystic L kidney, 5/10. Since April, most
evenings, he microwaves a wheat-filled heat bag and rests it on his L flank, ~30 min - says
it really helps.
Paracetamol 1 g qds. NSAIDs avoided. No diabetes. Warfarin - never.
BMI 26.0. BP 148/86 on amlodipine.
Advised: wheat bag warm not hot, towel between bag and skin.
Labs Hb 101, K 5.1, PTH 41.
ACP: HCP wife. POLST DNR, limited interventions.
"""),
("2021-07-13", "Nephrology Clinic", """
Nephrology clinic 7/13/21

Seen re a new, painful lesion of the L flank right where the wheat bag sits. First noticed 7/2/21 as a hard
red-purple patch, now darker in the middle. Burning pain 8/10.
O/E L posterolateral flank 5x6cm purpuric indurated plaque, livedoid margin, central
necrotic area 1.5cm. No blisters. No other lesions.
Ddx: calciphylaxis vs a deep burn from the heat / erythema ab igne.
PO4 2.3 - start sevelamer.
Plan: stop the wheat bag; derm for biopsy this month; calcitriol stopped.
Pain: paracetamol continued, add hydromorphone 0.5 mg prn. Wife to photograph it weekly.
"""),
("2021-07-27", "Dermatology Consult", """
Dermatology consult

Incisional bx L flank 7/20/21: lobular panniculitis, calcified walls of small vessels,
luminal thrombi; nothing to suggest thermal injury. -> Calciphylaxis.
Plaque is where he has applied heat repeatedly since spring. Today 6 x 6 cm, eschar
now 2 cm, mild surrounding erythema, no pus.
BMI 25.7.
Plan: STS 3x/wk in infusion unit (pt agreed to a 6 wk trial); hydromorphone per KSC; no
heat to the area at all. Alginate dressing. Photo documentation each visit. Review 3 wks
with nephrology.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
